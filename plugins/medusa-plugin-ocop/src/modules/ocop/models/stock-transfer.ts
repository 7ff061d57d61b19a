import { model } from "@medusajs/framework/utils"
import { STOCK_ACTOR_TYPES, STOCK_TRANSFER_STATUSES } from "@ocop/shared"

export type TransferLine = { variant_id: string; inventory_item_id: string; quantity: number }

/**
 * Goods moving between two places: they leave at once and arrive when the receiver confirms.
 * `sent_by` and `received_by` are actor ids, of the types beside them (system: no id).
 */
export const StockTransfer = model
  .define(
    { name: "stock_transfer", tableName: "ocop_stock_transfer" },
    {
      id: model.id({ prefix: "octr" }).primaryKey(),
      from_place_id: model.text(),
      to_place_id: model.text(),
      status: model.enum([...STOCK_TRANSFER_STATUSES]).default("in_transit"),
      lines: model.json<TransferLine[]>(),
      note: model.text().nullable(),
      sent_by_type: model.enum([...STOCK_ACTOR_TYPES]),
      sent_by: model.text().nullable(),
      received_by_type: model.enum([...STOCK_ACTOR_TYPES]).nullable(),
      received_by: model.text().nullable(),
      received_at: model.dateTime().nullable(),
    },
  )
  .indexes([{ on: ["to_place_id", "status"] }, { on: ["from_place_id", "status"] }])
