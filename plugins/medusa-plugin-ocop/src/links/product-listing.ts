import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import OcopModule from "../modules/ocop"

/** product.ocop_listing: the OCOP facts of a product, for query.graph from the product side. */
export default defineLink(
  { linkable: ProductModule.linkable.product, field: "id" },
  { ...OcopModule.linkable.listing.id, primaryKey: "product_id", alias: "ocop_listing" },
  { readOnly: true },
)
