import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { listedNowFilter } from "../../../../lib/gate"
import { shopperLocale } from "../../../../lib/locale"
import { productSummaries } from "../../../../lib/store-products"
import { OCOP_MODULE } from "../../../../modules/ocop/lib/constants"
import type OcopModuleService from "../../../../modules/ocop/service"
import type { StoreListOcopProductsType } from "../validators"

const ORDER = {
  relevance: { certified_at: "DESC" },
  newest: { certified_at: "DESC" },
  stars: { stars: "DESC", certified_at: "DESC" },
  price_asc: { price_from: "ASC" },
  price_desc: { price_from: "DESC" },
} as const

/** Listable products only, filtered by the OCOP facts a shopper browses by. */
export async function GET(
  req: MedusaRequest<unknown, StoreListOcopProductsType>,
  res: MedusaResponse,
) {
  const { q, group, stars, province, producer, order, limit, offset } = req.validatedQuery
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const filters: Record<string, unknown> = { ...listedNowFilter() }
  if (group) filters.product_group = group
  if (stars) filters.stars = { $gte: stars }
  if (province) filters.province = province
  if (producer) filters.producer = { handle: producer }
  if (q) {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data: matches } = await query.graph({
      entity: "product",
      fields: ["id"],
      filters: { q, status: "published" },
      pagination: { take: 1000, skip: 0 },
    })
    filters.product_id = matches.map((product) => product.id)
  }
  const [listings, count] = await ocop.listAndCountListings(filters, {
    relations: ["producer"],
    order: ORDER[order ?? "newest"],
    take: limit,
    skip: offset,
  })
  const products = await productSummaries(req.scope, listings, shopperLocale(req))
  res.json({ products, count, limit, offset })
}
