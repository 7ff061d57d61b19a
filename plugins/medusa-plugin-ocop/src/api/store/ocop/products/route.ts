import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { shopperLocale } from "../../../../lib/locale"
import {
  placeStockLocations,
  type StoreProductSearchFiltersType,
} from "../../../../lib/search-params"
import { searchProducts } from "../../../../lib/search-products"
import type { StoreListOcopProductsType } from "../validators"

/**
 * Listable products only, found by text (diacritics- and typo-tolerant) and filtered by the
 * OCOP facts a shopper browses by, with counts per stars, group and province. Answered by the
 * product search index and re-checked against the certificate gate (lib/search-products.ts).
 */
export async function GET(
  req: MedusaRequest<unknown, StoreListOcopProductsType & StoreProductSearchFiltersType>,
  res: MedusaResponse,
) {
  const { place, ...params } = req.validatedQuery
  const inStockAt = await placeStockLocations(req.scope, place)
  const { products, count, facets } = await searchProducts(
    req.scope,
    { ...params, in_stock_at: inStockAt },
    shopperLocale(req),
  )
  res.json({ products, count, limit: params.limit, offset: params.offset, facets })
}
