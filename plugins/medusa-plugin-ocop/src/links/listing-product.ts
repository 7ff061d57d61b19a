import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import OcopModule from "../modules/ocop"

/** listing.product: the Medusa product an OCOP listing is for (read-only, by product_id). */
export default defineLink(
  { linkable: OcopModule.linkable.listing, field: "product_id" },
  ProductModule.linkable.product,
  { readOnly: true },
)
