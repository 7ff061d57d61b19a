import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { type CounterPaymentMethod } from "@ocop/shared"
import { OCOP_MODULE, type StockActor } from "../../modules/ocop/lib/constants"
import {
  CounterRuleError,
  planReturn,
  returnedByItem,
  type ReturnRequestLine,
  type SoldLine,
} from "../../modules/ocop/lib/counter-rules"
import { COUNTER_SALE_LINE_FIELDS, type CounterSaleLine } from "../../lib/counter-sale-lines"
import { assertVariantsListed } from "../../lib/gate"
import type { CounterReturnLine } from "../../modules/ocop/models/counter-return"
import type OcopModuleService from "../../modules/ocop/service"
import { deleteCreated } from "./created-rows"

export type CounterReturnRequest = {
  place_id: string
  order_id: string
  payment_method?: CounterPaymentMethod | null
  items: ReturnRequestLine[]
}

type OrderRow = {
  id: string
  metadata?: Record<string, unknown> | null
  items?: CounterSaleLine[]
}

/**
 * The sale as it can be returned now: a counter sale of this place (any other order is a 404),
 * its lines and the shelf item each one took, and the lines earlier returns took back.
 */
async function saleForReturn(container: MedusaContainer, placeId: string, orderId: string) {
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const [place] = await ocop.listPlaces({ id: placeId })
  const { data } = place?.sales_channel_id
    ? await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "order",
        fields: ["id", "metadata", ...COUNTER_SALE_LINE_FIELDS],
        filters: { id: orderId, sales_channel_id: place.sales_channel_id },
      })
    : { data: [] }
  const order = data[0] as OrderRow | undefined
  if (!place || !order) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Counter sale ${orderId} was not found.`)
  }
  const [movements, earlier] = await Promise.all([
    ocop.listStockMovements({ order_id: order.id, kind: "counter_sale", place_id: place.id }),
    ocop.listCounterReturns({ order_id: order.id }),
  ])
  const sold: (SoldLine & { inventory_item_id: string | null })[] = (order.items ?? []).map(
    (item) => ({
      item_id: item.id,
      variant_id: item.variant_id ?? "",
      title: [item.product_title ?? item.title, item.variant_title].filter(Boolean).join(" — "),
      quantity: Number(item.detail?.quantity ?? item.quantity),
      unit_price: Math.round(Number(item.unit_price)),
      inventory_item_id:
        movements.find((movement) => movement.variant_id === item.variant_id)?.inventory_item_id ??
        null,
    }),
  )
  const paid = order.metadata?.payment_method === "bank_transfer" ? "bank_transfer" : "cash"
  return {
    place,
    sold,
    returned: returnedByItem(earlier),
    payment_method: paid as CounterPaymentMethod,
  }
}

/** The return's lines and refund, or a 400 naming the rule the request breaks. */
function plan(sale: Awaited<ReturnType<typeof saleForReturn>>, request: CounterReturnRequest) {
  let planned: ReturnType<typeof planReturn>
  try {
    planned = planReturn(sale.sold, sale.returned, request.items)
  } catch (error) {
    if (error instanceof CounterRuleError) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, error.message)
    }
    throw error
  }
  const lines: CounterReturnLine[] = planned.lines.map((line) => {
    const inventoryItemId = sale.sold.find(
      (item) => item.item_id === line.item_id,
    )!.inventory_item_id
    if (!inventoryItemId || !line.variant_id) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Line ${line.item_id} left no shelf record, so it cannot go back on the shelf.`,
      )
    }
    return { ...line, inventory_item_id: inventoryItemId }
  })
  return {
    place_id: sale.place.id,
    location_id: sale.place.stock_location_id,
    order_id: request.order_id,
    lines,
    refund_total: planned.refund_total,
    payment_method: request.payment_method ?? sale.payment_method,
  }
}

/** Reads and judges a return before anything is written: 404 or 400, never half a return. */
export const checkCounterReturnStep = createStep(
  "check-ocop-counter-return",
  async (input: CounterReturnRequest, { container }) => {
    const planned = plan(await saleForReturn(container, input.place_id, input.order_id), input)
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "product_variant",
      fields: ["id", "product_id"],
      filters: { id: planned.lines.map((line) => line.variant_id) },
    })
    return new StepResponse({
      ...planned,
      product_ids: [...new Set(data.map((row) => row.product_id as string))],
    })
  },
)

/**
 * Records the return, judged again under a lock on its sale, so two returns of the same lines
 * at once cannot both take back the last unit.
 */
export const recordCounterReturnStep = createStep(
  "record-ocop-counter-return",
  async (input: CounterReturnRequest & { actor: StockActor }, { container }) => {
    const locking = container.resolve(Modules.LOCKING)
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const created = await locking.execute(`ocop-counter-return:${input.order_id}`, async () => {
      const planned = plan(await saleForReturn(container, input.place_id, input.order_id), input)
      return await ocop.createCounterReturns({
        place_id: planned.place_id,
        order_id: planned.order_id,
        lines: planned.lines,
        refund_total: planned.refund_total,
        payment_method: planned.payment_method,
        actor_type: input.actor.type,
        actor_id: input.actor.id,
      })
    })
    return new StepResponse(created, created.id)
  },
  deleteCreated((ocop, ids) => ocop.deleteCounterReturns(ids)),
)

/** Refuses (400) goods taken in exchange that the certificate gate does not list now. */
export const checkExchangeListedStep = createStep(
  "check-ocop-exchange-listed",
  async (input: { variant_ids: string[] }, { container }) => {
    await assertVariantsListed(container, input.variant_ids)
  },
)

/** The exchange's counter sale and its total, on the return it settles. */
export const linkExchangeStep = createStep(
  "link-ocop-counter-exchange",
  async (input: { return_id: string; order_id: string }, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "order",
      fields: ["id", "items.unit_price", "items.quantity", "items.detail.quantity"],
      filters: { id: input.order_id },
    })
    const items = ((data[0] as OrderRow | undefined)?.items ?? []) as OrderRow["items"] & {}
    const total = items.reduce(
      (sum, item) =>
        sum + Math.round(Number(item.unit_price)) * Number(item.detail?.quantity ?? item.quantity),
      0,
    )
    const updated = await ocop.updateCounterReturns({
      id: input.return_id,
      exchange_order_id: input.order_id,
      exchange_total: total,
    })
    return new StepResponse(updated, input.return_id)
  },
  async (id, { container }) => {
    if (!id) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.updateCounterReturns({ id, exchange_order_id: null, exchange_total: 0 })
  },
)
