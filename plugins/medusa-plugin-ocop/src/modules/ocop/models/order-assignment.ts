import { model } from "@medusajs/framework/utils"
import { ORDER_ASSIGNMENT_KINDS, ORDER_ASSIGNMENT_STATUSES } from "@ocop/shared"

/**
 * The part of an online order one place serves: which place, from which stock location, which
 * lines (`items`: `[{ order_item_id, variant_id, inventory_item_id, quantity }]`), and where it
 * stands in the place's queue. Decided at checkout (docs/decisions, orders are served from one
 * place); an order split across places has one assignment per place. A pickup carries the code
 * the shopper shows at the counter.
 */
export const OrderAssignment = model
  .define(
    { name: "order_assignment", tableName: "ocop_order_assignment" },
    {
      id: model.id({ prefix: "ocoa" }).primaryKey(),
      order_id: model.text(),
      place_id: model.text(),
      stock_location_id: model.text(),
      kind: model.enum([...ORDER_ASSIGNMENT_KINDS]),
      status: model.enum([...ORDER_ASSIGNMENT_STATUSES]).default("new"),
      items: model.json(),
      pickup_code: model.text().nullable(),
      carrier: model.text().nullable(),
      tracking_number: model.text().nullable(),
      cancel_reason: model.text().nullable(),
      fulfillment_id: model.text().nullable(),
    },
  )
  .indexes([{ on: ["place_id", "status", "created_at"] }, { on: ["order_id"] }])
