import { model } from "@medusajs/framework/utils"
import { LOCALES } from "@ocop/shared"

/**
 * The product story (câu chuyện sản phẩm) in one language, with the product's title and
 * description in that language. `body` is HTML sanitised on write and again on render.
 */
export const ProductStory = model
  .define(
    { name: "product_story", tableName: "ocop_product_story" },
    {
      id: model.id({ prefix: "ocst" }).primaryKey(),
      product_id: model.text(),
      locale: model.enum([...LOCALES]),
      product_title: model.text(),
      product_description: model.text().nullable(),
      title: model.text(),
      body: model.text(),
      origin_place: model.text().nullable(),
      video_url: model.text().nullable(),
    },
  )
  .indexes([{ on: ["product_id", "locale"], unique: true }])
