import { model } from "@medusajs/framework/utils"
import { STOCK_ACTOR_TYPES, STOCK_MOVEMENT_KINDS } from "@ocop/shared"

/**
 * The audit trail of a place's shelf: who changed how much of what, when and why. Written in
 * the same workflow as the inventory change it records. The actor is whoever made the change:
 * a staff member, a fair organiser, a programme officer, or the system (no id).
 */
export const StockMovement = model
  .define(
    { name: "stock_movement", tableName: "ocop_stock_movement" },
    {
      id: model.id({ prefix: "ocsm" }).primaryKey(),
      place_id: model.text(),
      stock_location_id: model.text(),
      inventory_item_id: model.text(),
      variant_id: model.text(),
      kind: model.enum([...STOCK_MOVEMENT_KINDS]),
      quantity_change: model.number(),
      quantity_after: model.number(),
      reason: model.text().nullable(),
      delivery_note: model.text().nullable(),
      producer_id: model.text().nullable(),
      actor_type: model.enum([...STOCK_ACTOR_TYPES]),
      actor_id: model.text().nullable(),
      transfer_id: model.text().nullable(),
      order_id: model.text().nullable(),
    },
  )
  .indexes([{ on: ["place_id", "created_at"] }, { on: ["kind", "created_at"] }])
