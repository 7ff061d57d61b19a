import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../modules/ocop/lib/constants"
import type { Availability, RoutingLine, RoutingPlace } from "../../modules/ocop/lib/order-routing"
import type OcopModuleService from "../../modules/ocop/service"

// Reads shared by checkout's routing and its validation: how a cart or order reaches its
// shopper, its lines as inventory, the places that may serve it and what they hold.

type ItemRow = {
  id: string
  variant_id?: string | null
  product_id?: string | null
  quantity?: unknown
  detail?: { quantity?: unknown } | null
  variant?: {
    manage_inventory?: boolean | null
    inventory_items?: { inventory_item_id: string; required_quantity?: unknown }[] | null
  } | null
}

export const LINE_FIELDS = [
  "items.id",
  "items.variant_id",
  "items.product_id",
  "items.quantity",
  "items.variant.manage_inventory",
  "items.variant.inventory_items.inventory_item_id",
  "items.variant.inventory_items.required_quantity",
]

/** The lines whose stock is managed, as units of inventory items (one row per item used). */
export function inventoryLines(items: (ItemRow | null | undefined)[]): RoutingLine[] {
  return items.flatMap((item) => {
    if (!item?.variant_id || !item.variant?.manage_inventory) return []
    const quantity = Number(item.detail?.quantity ?? item.quantity)
    return (item.variant.inventory_items ?? []).map((link) => ({
      order_item_id: item.id,
      variant_id: item.variant_id!,
      inventory_item_id: link.inventory_item_id,
      quantity: quantity * Number(link.required_quantity ?? 1),
    }))
  })
}

/** Adds each line's producer's province (from its listing), for the delivery rule. */
export async function withProducerProvinces(
  container: MedusaContainer,
  lines: RoutingLine[],
  items: (ItemRow | null | undefined)[],
) {
  const productOf = new Map(items.map((item) => [item?.id, item?.product_id]))
  const productIds = [...new Set([...productOf.values()].filter(Boolean))] as string[]
  if (!productIds.length) return lines
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const listings = await ocop.listListings({ product_id: productIds })
  const producerIds = [...new Set(listings.map((listing) => listing.producer_id))]
  const producers = producerIds.length ? await ocop.listProducers({ id: producerIds }) : []
  const province = (productId: string | null | undefined) => {
    const listing = listings.find((row) => row.product_id === productId)
    return producers.find((producer) => producer.id === listing?.producer_id)?.province ?? null
  }
  return lines.map((line) => ({
    ...line,
    producer_province: province(productOf.get(line.order_item_id)),
  }))
}

/**
 * The pickup centre a shipping method names: the place whose stock location holds the
 * option's "pickup" fulfillment set; undefined for delivery.
 */
export async function pickupPlaceOf(
  container: MedusaContainer,
  shippingOptionIds: (string | null | undefined)[],
): Promise<RoutingPlace | undefined> {
  const ids = shippingOptionIds.filter(Boolean) as string[]
  if (!ids.length) return undefined
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "shipping_option",
    fields: ["id", "service_zone.fulfillment_set.type", "service_zone.fulfillment_set.location.id"],
    filters: { id: ids },
  })
  const pickup = (
    data as {
      service_zone?: { fulfillment_set?: { type?: string; location?: { id?: string } } }
    }[]
  ).find((option) => option.service_zone?.fulfillment_set?.type === "pickup")
  const locationId = pickup?.service_zone?.fulfillment_set?.location?.id
  if (!locationId) return undefined
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const [place] = await ocop.listPlaces({ stock_location_id: locationId })
  return place ? toRoutingPlace(place) : undefined
}

/** A place row as routing reads it: only its own fields, missing coordinates as null. */
export function toRoutingPlace(place: RoutingPlace): RoutingPlace {
  return {
    id: place.id,
    stock_location_id: place.stock_location_id,
    type: place.type,
    province: place.province,
    latitude: place.latitude ?? null,
    longitude: place.longitude ?? null,
  }
}

/** The places whose stock the sales channel sells online: those that may serve its orders. */
export async function channelPlaces(container: MedusaContainer, salesChannelId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "sales_channel",
    fields: ["id", "stock_locations.id"],
    filters: { id: salesChannelId },
  })
  const locationIds = (
    (data[0] as { stock_locations?: { id: string }[] } | undefined)?.stock_locations ?? []
  ).map((location) => location.id)
  if (!locationIds.length) return []
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const places = await ocop.listPlaces({ stock_location_id: locationIds })
  return places.map(toRoutingPlace)
}

/**
 * Units free to promise at these locations (stocked − reserved), with `ownReservations` — the
 * order's own, which it may move — counted as free.
 */
export async function availabilityAt(
  container: MedusaContainer,
  locationIds: string[],
  inventoryItemIds: string[],
  ownReservations: { location_id: string; inventory_item_id: string; quantity: unknown }[] = [],
): Promise<Availability> {
  const available: Availability = new Map()
  if (!locationIds.length || !inventoryItemIds.length) return available
  const levels = await container.resolve(Modules.INVENTORY).listInventoryLevels({
    location_id: locationIds,
    inventory_item_id: inventoryItemIds,
  })
  for (const level of levels) {
    const items = available.get(level.location_id) ?? new Map<string, number>()
    items.set(
      level.inventory_item_id,
      Number(level.stocked_quantity) - Number(level.reserved_quantity),
    )
    available.set(level.location_id, items)
  }
  for (const reservation of ownReservations) {
    const items = available.get(reservation.location_id)
    if (!items) continue
    items.set(
      reservation.inventory_item_id,
      (items.get(reservation.inventory_item_id) ?? 0) + Number(reservation.quantity),
    )
  }
  return available
}
