import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { OrderAssignmentKind } from "@ocop/shared"
import {
  routeDelivery,
  routePickup,
  RoutingError,
  type DeliveryRoute,
} from "../../../modules/ocop/lib/order-routing"
import {
  availabilityAt,
  channelPlaces,
  inventoryLines,
  LINE_FIELDS,
  pickupPlaceOf,
  withProducerProvinces,
} from "../order-facts"

export type AssignmentItem = {
  order_item_id: string
  variant_id: string
  inventory_item_id: string
  quantity: number
}
export type PlannedPart = { place_id: string; stock_location_id: string; items: AssignmentItem[] }
export type OrderReservation = {
  id: string
  line_item_id: string
  inventory_item_id: string
  location_id: string
  quantity: number
}
export type OrderRoute = {
  order_id: string
  kind: OrderAssignmentKind
  parts: PlannedPart[]
  reservations: OrderReservation[]
}

/**
 * Decides which place serves each line of a new order (modules/ocop/lib/order-routing.ts):
 * the chosen centre for a pickup; for a delivery, one place holding it all, nearest to the
 * shipping province, split only when no place can. Reads only; the move comes next.
 */
export const planOrderRouteStep = createStep(
  "ocop-plan-order-route",
  async (input: { order_id: string }, { container }) => {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "order",
      fields: [
        "id",
        "sales_channel_id",
        "shipping_address.province",
        "shipping_methods.shipping_option_id",
        "items.detail.quantity",
        ...LINE_FIELDS,
      ],
      filters: { id: input.order_id },
    })
    const order = data[0] as
      | {
          id: string
          sales_channel_id?: string | null
          shipping_address?: { province?: string | null } | null
          shipping_methods?: { shipping_option_id?: string | null }[] | null
          items?: Parameters<typeof inventoryLines>[0] | null
        }
      | undefined
    if (!order) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${input.order_id} was not found.`)
    }
    const items = order.items ?? []
    const lines = await withProducerProvinces(container, inventoryLines(items), items)
    const reservations = lines.length
      ? ((await container.resolve(Modules.INVENTORY).listReservationItems({
          line_item_id: [...new Set(lines.map((line) => line.order_item_id))],
        })) as unknown as OrderReservation[])
      : []
    const pickup = await pickupPlaceOf(
      container,
      (order.shipping_methods ?? []).map((method) => method.shipping_option_id),
    )
    const kind: OrderAssignmentKind = pickup ? "pickup" : "delivery"
    if (!lines.length)
      return new StepResponse({ order_id: order.id, kind, parts: [], reservations })

    const places = pickup ? [pickup] : await channelPlaces(container, order.sales_channel_id ?? "")
    const available = await availabilityAt(
      container,
      places.map((place) => place.stock_location_id),
      [...new Set(lines.map((line) => line.inventory_item_id))],
      reservations,
    )
    let route: DeliveryRoute
    try {
      route = pickup
        ? routePickup(lines, pickup, available)
        : routeDelivery(lines, places, available, { province: order.shipping_address?.province })
    } catch (error) {
      if (error instanceof RoutingError) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, error.message)
      }
      throw error
    }
    // A line no place holds stays where Medusa reserved it, if that is a place of the network.
    for (const line of route.unserved) {
      const reservation = reservations.find(
        (row) =>
          row.line_item_id === line.order_item_id &&
          row.inventory_item_id === line.inventory_item_id,
      )
      const place = places.find((row) => row.stock_location_id === reservation?.location_id)
      if (!place) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `No place of the network holds variant ${line.variant_id} for this order.`,
        )
      }
      const part = route.parts.find((row) => row.place.id === place.id)
      if (part) part.lines.push(line)
      else route.parts.push({ place, lines: [line] })
    }
    const lineQuantity = new Map(
      items.map((item) => [item!.id, Number(item!.detail?.quantity ?? item!.quantity)]),
    )
    return new StepResponse({
      order_id: order.id,
      kind,
      reservations,
      parts: route.parts.map((part) => ({
        place_id: part.place.id,
        stock_location_id: part.place.stock_location_id,
        items: part.lines.map((line) => ({
          order_item_id: line.order_item_id,
          variant_id: line.variant_id,
          inventory_item_id: line.inventory_item_id,
          quantity: lineQuantity.get(line.order_item_id) ?? line.quantity,
        })),
      })),
    } satisfies OrderRoute)
  },
)
