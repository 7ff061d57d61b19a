import { model } from "@medusajs/framework/utils"
import { Fair } from "./fair"

/**
 * A place a programme officer linked to a fair: the fair's stock may come from it, and unsold
 * stock goes back to it after the fair. Organisers cannot link places themselves.
 */
export const FairPlace = model
  .define(
    { name: "fair_place", tableName: "ocop_fair_place" },
    {
      id: model.id({ prefix: "ocfp" }).primaryKey(),
      place_id: model.text(),
      fair: model.belongsTo(() => Fair, { mappedBy: "places" }),
    },
  )
  .indexes([{ on: ["fair_id", "place_id"], unique: true }, { on: ["place_id"] }])
