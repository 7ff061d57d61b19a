import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { shopperLocale } from "../../../../lib/locale"
import { stockLocationsFilter } from "../../../../search/params"
import { EMPTY_FACETS } from "../../../../search/facets"
import { searchProducts } from "../../../../search/products"
import type { StoreListOcopProductsType } from "../validators"

/**
 * Listable products only, found by text (diacritics- and typo-tolerant) and filtered by the
 * OCOP facts a shopper browses by, with counts per stars, group and province. Answered by the
 * product search index and re-checked against the certificate gate (search/products.ts).
 */
export async function GET(
  req: MedusaRequest<unknown, StoreListOcopProductsType>,
  res: MedusaResponse,
) {
  const { place, in_stock_province, ...params } = req.validatedQuery
  const { limit, offset } = params
  const inStockAt = await stockLocationsFilter(req.scope, { place, in_stock_province })
  if (inStockAt?.length === 0) {
    res.json({ products: [], count: 0, limit, offset, facets: EMPTY_FACETS })
    return
  }
  const { products, count, facets } = await searchProducts(
    req.scope,
    { ...params, in_stock_at: inStockAt },
    shopperLocale(req),
  )
  res.json({ products, count, limit, offset, facets })
}
