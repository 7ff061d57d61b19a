import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { shopperLocale } from "../../../../lib/locale"
import { cachedRead, ReadCacheTags } from "../../../../lib/read-cache"
import { stockLocationsFilter } from "../../../../search/params"
import { EMPTY_FACETS } from "../../../../search/facets"
import { searchText } from "../../../../search/query"
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
  const locale = shopperLocale(req)
  const inStock = !!(place || in_stock_province)
  const tags = [
    ReadCacheTags.catalog,
    ...(inStock ? [ReadCacheTags.stock] : []),
    // The same choice as search/products.ts: text and in-stock queries go to the index.
    ...(searchText(params.q) || inStock ? [ReadCacheTags.searchIndex] : []),
  ]
  const answer = await cachedRead(
    req.scope,
    { key: { path: "products", query: req.validatedQuery, locale }, tags, res },
    async () => {
      const inStockAt = await stockLocationsFilter(req.scope, { place, in_stock_province })
      if (inStockAt?.length === 0) return { products: [], count: 0, facets: EMPTY_FACETS }
      return searchProducts(req.scope, { ...params, in_stock_at: inStockAt }, locale)
    },
  )
  const { products, count, facets } = answer
  res.json({ products, count, limit, offset, facets })
}
