import { model } from "@medusajs/framework/utils"

/** Below this many available units an item is flagged low on a place's shelf. */
export const StockThreshold = model
  .define(
    { name: "stock_threshold", tableName: "ocop_stock_threshold" },
    {
      id: model.id({ prefix: "octh" }).primaryKey(),
      place_id: model.text(),
      inventory_item_id: model.text(),
      threshold: model.number(),
    },
  )
  .indexes([{ on: ["place_id", "inventory_item_id"], unique: true }])
