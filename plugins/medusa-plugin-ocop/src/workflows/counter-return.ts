import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { CounterPaymentMethod } from "@ocop/shared"
import { ReadCacheTags } from "../lib/read-cache"
import { OcopEvents, type StockActor } from "../modules/ocop/lib/constants"
import { counterSaleWorkflow } from "./counter-sale"
import { applyShelfChangesStep, checkShelfStep } from "./steps/apply-shelf-changes"
import {
  checkCounterReturnStep,
  checkExchangeListedStep,
  linkExchangeStep,
  recordCounterReturnStep,
} from "./steps/counter-return"
import { clearReadCacheStep } from "./steps/clear-read-cache"
import { resolveShelfItemsStep } from "./steps/resolve-shelf-items"

export type CounterReturnInput = {
  place_id: string
  /** The counter sale (order) the goods come back from. */
  order_id: string
  actor: StockActor
  /** How the refund, or an exchange's balance, is settled; the sale's own method by default. */
  payment_method?: CounterPaymentMethod | null
  /** Lines of that sale brought back. */
  items: { item_id: string; quantity: number }[]
  /** For an exchange: goods taken instead, sold from this shelf in the same run. */
  new_items?: { variant_id: string; quantity: number }[]
}

/**
 * Goods brought back to the counter that sold them: refunded at the price they were sold for,
 * back on this place's shelf with a `counter_return` movement in the staff member's name. An
 * exchange sells the goods taken instead as a counter sale of its own, linked to the return;
 * everything is judged before anything is written (a foreign sale is a 404, a line of another
 * sale or more than is left to return a 400), and a later failure undoes the whole return.
 */
export const counterReturnWorkflow = createWorkflow(
  "ocop-counter-return",
  (input: CounterReturnInput) => {
    const checked = checkCounterReturnStep(input)
    const exchanging = transform({ input }, ({ input }) => (input.new_items ?? []).length > 0)
    when({ exchanging }, ({ exchanging }) => exchanging).then(() => {
      checkExchangeListedStep(
        transform({ input }, ({ input }) => ({
          variant_ids: (input.new_items ?? []).map((line) => line.variant_id),
        })),
      )
      const resolved = resolveShelfItemsStep(
        transform({ input }, ({ input }) => ({
          place_ids: [input.place_id],
          items: input.new_items ?? [],
        })),
      ).config({ name: "resolve-ocop-exchange-items" })
      // The returned units are back before the new ones leave, as the run below applies them.
      checkShelfStep(
        transform({ input, checked, resolved }, ({ input, checked, resolved }) => ({
          changes: [
            ...checked.lines.map((line) => ({
              inventory_item_id: line.inventory_item_id,
              location_id: checked.location_id,
              variant_id: line.variant_id,
              kind: "counter_return" as const,
              delta: line.quantity,
            })),
            ...(input.new_items ?? []).map((line) => ({
              inventory_item_id: resolved.items.find((item) => item.variant_id === line.variant_id)!
                .inventory_item_id,
              location_id: checked.location_id,
              variant_id: line.variant_id,
              kind: "counter_sale" as const,
              delta: -line.quantity,
            })),
          ],
        })),
      ).config({ name: "check-ocop-exchange-shelf" })
    })
    const created = recordCounterReturnStep(
      transform({ input }, ({ input }) => ({
        place_id: input.place_id,
        order_id: input.order_id,
        payment_method: input.payment_method,
        items: input.items,
        actor: input.actor,
      })),
    )
    const movements = applyShelfChangesStep(
      transform({ input, created, checked }, ({ input, created, checked }) => ({
        actor: input.actor,
        changes: created.lines.map((line) => ({
          place_id: created.place_id,
          location_id: checked.location_id,
          variant_id: line.variant_id,
          inventory_item_id: line.inventory_item_id,
          kind: "counter_return" as const,
          delta: line.quantity,
          order_id: created.order_id,
        })),
      })),
    )
    emitEventStep({
      eventName: OcopEvents.STOCK_CHANGED,
      data: transform({ checked }, ({ checked }) =>
        checked.product_ids.map((product_id) => ({ product_id })),
      ),
    }).config({ name: "emit-ocop-returned-stock-changed" })
    clearReadCacheStep({ tags: [ReadCacheTags.stock] }).config({
      name: "clear-ocop-returned-stock-cache",
    })
    const exchange = when({ exchanging }, ({ exchanging }) => exchanging).then(() => {
      const sale = counterSaleWorkflow.runAsStep({
        input: transform({ input, created }, ({ input, created }) => ({
          place_id: input.place_id,
          actor: input.actor,
          payment_method: created.payment_method,
          items: input.new_items ?? [],
          exchange_of: created.id,
        })),
      })
      return linkExchangeStep(
        transform({ created, sale }, ({ created, sale }) => ({
          return_id: created.id,
          order_id: sale.order.id,
        })),
      )
    })
    const counterReturn = transform({ created, exchange }, ({ created, exchange }) => ({
      ...created,
      ...exchange,
    }))
    return new WorkflowResponse({ counter_return: counterReturn, movements })
  },
)
