import { model } from "@medusajs/framework/utils"
import { Fair } from "./fair"
import { FairBooth } from "./fair-booth"

/** A certified product in a fair's catalog, shown at a booth. */
export const FairEntry = model
  .define(
    { name: "fair_entry", tableName: "ocop_fair_entry" },
    {
      id: model.id({ prefix: "ocfe" }).primaryKey(),
      product_id: model.text(),
      fair: model.belongsTo(() => Fair, { mappedBy: "entries" }),
      booth: model.belongsTo(() => FairBooth, { mappedBy: "entries" }),
    },
  )
  .indexes([{ on: ["fair_id", "product_id"], unique: true }, { on: ["product_id"] }])
