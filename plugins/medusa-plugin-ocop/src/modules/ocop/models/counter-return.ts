import { model } from "@medusajs/framework/utils"
import { COUNTER_PAYMENT_METHODS, STOCK_ACTOR_TYPES } from "@ocop/shared"

/** One returned line of a counter sale, priced as it was sold (whole đồng). */
export type CounterReturnLine = {
  item_id: string
  variant_id: string
  inventory_item_id: string
  title: string
  quantity: number
  unit_price: number
}

/**
 * Goods a counter customer brought back to the place that sold them: the lines of that sale
 * (order) they return, the refund in whole đồng and how it was paid back; for an exchange, the
 * counter sale of the goods taken instead (`exchange_order_id`, its total in `exchange_total`).
 */
export const CounterReturn = model
  .define(
    { name: "counter_return", tableName: "ocop_counter_return" },
    {
      id: model.id({ prefix: "occr" }).primaryKey(),
      place_id: model.text(),
      order_id: model.text(),
      lines: model.json<CounterReturnLine[]>(),
      refund_total: model.number(),
      payment_method: model.enum([...COUNTER_PAYMENT_METHODS]),
      exchange_order_id: model.text().nullable(),
      exchange_total: model.number().default(0),
      actor_type: model.enum([...STOCK_ACTOR_TYPES]),
      actor_id: model.text().nullable(),
    },
  )
  .indexes([{ on: ["order_id"] }, { on: ["place_id", "created_at"] }])
