import { model } from "@medusajs/framework/utils"
import { Fair } from "./fair"
import { FairEntry } from "./fair-entry"

/** A numbered booth at a fair, held by one producer. */
export const FairBooth = model
  .define(
    { name: "fair_booth", tableName: "ocop_fair_booth" },
    {
      id: model.id({ prefix: "ocfb" }).primaryKey(),
      number: model.text(),
      producer_id: model.text(),
      fair: model.belongsTo(() => Fair, { mappedBy: "booths" }),
      entries: model.hasMany(() => FairEntry, { mappedBy: "booth" }),
    },
  )
  .indexes([{ on: ["fair_id", "number"], unique: true }])
