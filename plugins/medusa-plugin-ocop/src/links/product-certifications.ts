import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import OcopModule from "../modules/ocop"

/** product.ocop_certifications: a product's certificate history (read-only, by product_id). */
export default defineLink(
  { linkable: ProductModule.linkable.product, field: "id" },
  {
    ...OcopModule.linkable.certification.id,
    primaryKey: "product_id",
    isList: true,
    alias: "ocop_certifications",
  },
  { readOnly: true },
)
