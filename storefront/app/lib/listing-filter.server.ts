import { cached, mapWithConcurrency } from "./concurrency.ts"
import { catalogueFacets, inPriceBand } from "./facets.ts"
import type { Locale } from "./i18n.ts"
import { pageSize } from "./listing.ts"
import { toProductListQuery, type ListingSearch } from "./listing-query.ts"
import type { ProductListQuery, ProductSummary } from "./ocop-types.ts"
import { findListedProduct, listProducts } from "./ocop.server.ts"

/*
 * The backend's product list filters by group, stars, province, producer and text, but not
 * by price or by stock at places. Until it does, the storefront applies those two itself to
 * the first `maxCandidates` products matching the other filters.
 */
const maxCandidates = 500
const backendPageSize = 100
const stockLookups = 6

/** Every product matching `query` (its limit and offset aside), up to maxCandidates. */
async function allMatching(
  query: ProductListQuery,
  signal?: AbortSignal,
): Promise<{ products: ProductSummary[]; truncated: boolean }> {
  const products: ProductSummary[] = []
  let count = Number.POSITIVE_INFINITY
  for (let offset = 0; offset < Math.min(count, maxCandidates); offset += backendPageSize) {
    const page = await listProducts({ ...query, limit: backendPageSize, offset }, signal)
    products.push(...page.products)
    count = page.count
    if (page.products.length < backendPageSize) break
  }
  return { products, truncated: count > maxCandidates }
}

const stockCache = new Map<string, { at: number; provinces: Promise<Set<string>> }>()
const stockTtlMs = 60_000

/** Provinces whose OCOP places hold the product now (cached for a minute). */
function stockProvinces(handle: string, locale: Locale): Promise<Set<string>> {
  const entry = stockCache.get(handle)
  if (entry && Date.now() - entry.at < stockTtlMs) return entry.provinces
  const provinces = findListedProduct(handle, locale).then(
    (product) =>
      new Set(
        (product?.availability ?? [])
          .filter((place) => place.available > 0)
          .map((place) => place.province),
      ),
  )
  stockCache.set(handle, { at: Date.now(), provinces })
  provinces.catch(() => stockCache.delete(handle))
  return provinces
}

/** A listing page with the price band and "in stock near me" applied by the storefront. */
export async function filteredListing(search: ListingSearch, locale: Locale, signal?: AbortSignal) {
  const { products, truncated } = await allMatching(toProductListQuery(search, locale), signal)
  const { price, near } = search
  let matches = price ? products.filter((product) => inPriceBand(product.price, price)) : products
  if (near) {
    const stocked = await mapWithConcurrency(matches, stockLookups, async (product) =>
      (await stockProvinces(product.handle, locale)).has(near),
    )
    matches = matches.filter((_, index) => stocked[index])
  }
  const start = (search.page - 1) * pageSize
  return { products: matches.slice(start, start + pageSize), count: matches.length, truncated }
}

/** Provinces and producers that have listed products, for the listing's selects (5 minutes). */
export const getCatalogueFacets = cached(5 * 60_000, async () => {
  const { products } = await allMatching({ locale: "vi", limit: backendPageSize })
  return catalogueFacets(products)
})
