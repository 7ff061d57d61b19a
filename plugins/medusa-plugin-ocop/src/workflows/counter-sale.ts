import { createOrderWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { StockActor } from "../modules/ocop/lib/constants"
import { applyShelfChangesStep, checkShelfStep } from "./steps/apply-shelf-changes"
import { emitStockChanged, resolveAtPlace } from "./shelf-at-place"
import { counterSaleContextStep } from "./steps/counter-sale-context"
import type { ResolvedShelfItem } from "./steps/resolve-shelf-items"

export type CounterSaleInput = {
  place_id: string
  actor: StockActor
  payment_method: "cash" | "bank_transfer"
  items: { variant_id: string; quantity: number }[]
  /** The counter return this sale is the exchange of: the goods taken instead. */
  exchange_of?: string | null
}

type Resolved = { items: ResolvedShelfItem[]; locations: Record<string, string> }

/** The sale's lines as shelf changes at the place: units off, one change per line. */
function saleChanges(input: CounterSaleInput, resolved: Resolved, orderId?: string) {
  return input.items.map((line) => ({
    place_id: input.place_id,
    location_id: resolved.locations[input.place_id],
    variant_id: line.variant_id,
    inventory_item_id: resolved.items.find((item) => item.variant_id === line.variant_id)!
      .inventory_item_id,
    kind: "counter_sale" as const,
    delta: -line.quantity,
    ...(orderId ? { order_id: orderId } : {}),
  }))
}

/**
 * A sale at the counter of a centre or sales point: an order in the place's own sales channel,
 * paid in cash or by transfer, taking the units off that place's shelf under the same locks as
 * online checkout.
 */
export const counterSaleWorkflow = createWorkflow(
  "ocop-counter-sale",
  (input: CounterSaleInput) => {
    const context = counterSaleContextStep(input)
    const resolved = resolveAtPlace(input)
    const sale = transform({ input, resolved }, ({ input, resolved }) => ({
      changes: saleChanges(input, resolved),
    }))
    checkShelfStep(sale)
    const order = createOrderWorkflow.runAsStep({
      input: transform({ input, context, resolved }, ({ input, context, resolved }) => ({
        region_id: context.region_id,
        sales_channel_id: context.sales_channel_id,
        currency_code: "vnd",
        items: input.items.map((item) => {
          const row = resolved.items.find((line) => line.variant_id === item.variant_id)!
          return {
            variant_id: item.variant_id,
            quantity: item.quantity,
            title: row.title,
            unit_price: row.unit_price ?? 0,
            requires_shipping: false,
          }
        }),
        metadata: {
          channel: "counter",
          place_id: input.place_id,
          payment_method: input.payment_method,
          staff_user_id: input.actor.type === "staff" ? input.actor.id : null,
          ...(input.exchange_of ? { exchange_of: input.exchange_of } : {}),
        },
      })),
    })
    const movements = applyShelfChangesStep(
      transform({ input, resolved, order }, ({ input, resolved, order }) => ({
        actor: input.actor,
        changes: saleChanges(input, resolved, order.id),
      })),
    )
    emitStockChanged(resolved)
    return new WorkflowResponse({ order, movements })
  },
)
