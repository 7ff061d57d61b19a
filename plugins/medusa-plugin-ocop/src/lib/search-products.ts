import type { MedusaContainer, SearchTypes } from "@medusajs/framework/types"
import type { Locale } from "../modules/ocop/lib/constants"
import { runProductSearch } from "./search-engine"
import { productSearchers, withSearchFallback } from "./search-indexes"
import { listedInOrder, listingsFromTable } from "./search-listings"
import type { ProductSearchParams } from "./search-query"
import { productSummaries } from "./store-products"

export type FacetCount<T = string> = { value: T; count: number }

/** Counts for the browse filters over everything the query matches (each ignoring itself). */
export type ProductFacets = {
  stars: FacetCount<number>[]
  product_group: FacetCount[]
  province: FacetCount[]
  price: { min: number; max: number } | null
}

const NO_FACETS: ProductFacets = { stars: [], product_group: [], province: [], price: null }

function values(facet: SearchTypes.SearchFacetResult | undefined): FacetCount[] {
  return facet?.type === "value" ? facet.values : []
}

export function toProductFacets(
  facets: Record<string, SearchTypes.SearchFacetResult>,
): ProductFacets {
  const price = facets.price_from
  return {
    stars: values(facets.stars)
      .map(({ value, count }) => ({ value: Number(value), count }))
      .sort((a, b) => b.value - a.value),
    product_group: values(facets.product_group),
    province: values(facets.province),
    price: price?.type === "stats" && price.count > 0 ? { min: price.min, max: price.max } : null,
  }
}

/**
 * The store's product listing and search. A search index answers (Meilisearch, else
 * Postgres); its hits are re-checked against the gate and read back from the listings, so
 * what a card shows is never older than the database. Without a usable index the listing
 * table answers, without facets.
 */
export async function searchProducts(
  container: MedusaContainer,
  params: ProductSearchParams,
  locale: Locale,
) {
  const searchers = await productSearchers(container)
  const found = await withSearchFallback(container, searchers, (searcher) =>
    runProductSearch(searcher, params),
  )
  if (found) {
    const listings = await listedInOrder(container, found.ids)
    const products = await productSummaries(container, listings, locale)
    const dropped = found.ids.length - products.length
    return {
      products,
      count: Math.max(0, found.count - dropped),
      facets: toProductFacets(found.facets),
    }
  }
  const { listings, count } = await listingsFromTable(container, params)
  const products = await productSummaries(container, listings, locale)
  return { products, count, facets: NO_FACETS }
}
