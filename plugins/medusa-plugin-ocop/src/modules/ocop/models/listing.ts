import { model } from "@medusajs/framework/utils"
import { CERTIFICATION_LEVELS, PRODUCT_GROUPS } from "@ocop/shared"
import { Producer } from "./producer"

/**
 * A product's place in the OCOP programme: its one producer, and the facts of its current
 * certificate (and its lowest VND price) copied here by the refresh-listings workflow so the store can filter and sort
 * without joining certificate history. `listed` is the gate; the product's status follows it.
 */
export const Listing = model
  .define(
    { name: "listing", tableName: "ocop_listing" },
    {
      id: model.id({ prefix: "ocls" }).primaryKey(),
      product_id: model.text().unique(),
      producer: model.belongsTo(() => Producer, { mappedBy: "listings" }),
      certification_id: model.text().nullable(),
      stars: model.number().nullable(),
      level: model.enum([...CERTIFICATION_LEVELS]).nullable(),
      product_group: model.enum([...PRODUCT_GROUPS]).nullable(),
      province: model.text(),
      listed: model.boolean().default(false),
      listed_until: model.dateTime().nullable(),
      certified_at: model.dateTime().nullable(),
      price_from: model.number().nullable(),
    },
  )
  .indexes([
    { on: ["listed", "stars"] },
    { on: ["listed", "product_group"] },
    { on: ["listed", "province"] },
    { on: ["listed", "certified_at"] },
  ])
