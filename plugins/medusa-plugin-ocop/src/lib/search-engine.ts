import type { SearchTypes } from "@medusajs/framework/types"
import { SEARCH_PROVIDERS, TYPO_FIELDS } from "./search-schema"
import {
  PRODUCT_FACETS,
  type ProductSearchParams,
  searchFilters,
  searchOrder,
  searchText,
} from "./search-query"

/** One search index and the way to query it (the Search Module, or a provider in tests). */
export type ProductSearcher = {
  index: string
  provider: string
  search(query: SearchTypes.SearchQuery): Promise<SearchTypes.SearchResult>
}

export type ProductSearchHits = {
  ids: string[]
  count: number
  facets: Record<string, SearchTypes.SearchFacetResult>
}

/** How alike a misspelt query must be to a product's name, producer or place (pg_trgm). */
export const TYPO_MIN_SIMILARITY = 0.5
/** A misspelt query is answered from at most this many closest products. */
export const TYPO_CANDIDATES = 100

const toHits = (result: SearchTypes.SearchResult): ProductSearchHits => ({
  ids: result.hits.map((hit) => hit.id),
  count: result.metadata.count ?? result.hits.length,
  facets: result.facets ?? {},
})

/**
 * Runs a shopper's query on one index. Meilisearch is typo-tolerant by itself. On Postgres an
 * exact full-text match (GIN index, every searchable field) comes first; only when it finds
 * nothing does a second pass pick the closest products by trigram similarity on the short
 * fields, and a third list those as asked (filters, order, facets), so counts and facets
 * describe what is shown.
 */
export async function runProductSearch(
  searcher: ProductSearcher,
  params: ProductSearchParams,
  now = new Date(),
): Promise<ProductSearchHits> {
  const q = searchText(params.q)
  const filters = searchFilters(params, now)
  const base = (overrides: Partial<SearchTypes.SearchQuery> = {}): SearchTypes.SearchQuery => ({
    entity: searcher.index,
    fields: ["id"],
    filters: { ...filters, ...(q ? { q } : {}) },
    pagination: { skip: params.offset, take: params.limit, order: searchOrder(params.order, !!q) },
    search_options: {
      facets: PRODUCT_FACETS,
      disjunctive_facets: true,
      match_strategy: "last",
      typo_tolerance: true,
    },
    ...overrides,
  })
  if (searcher.provider !== SEARCH_PROVIDERS.postgres || !q) {
    return toHits(await searcher.search(base()))
  }
  const exact = await searcher.search(
    base({ search_options: { ...base().search_options, typo_tolerance: false } }),
  )
  if ((exact.metadata.count ?? exact.hits.length) > 0) return toHits(exact)

  const close = await searcher.search({
    entity: searcher.index,
    fields: ["id"],
    filters: { ...filters, q },
    pagination: { skip: 0, take: TYPO_CANDIDATES },
    search_options: {
      typo_tolerance: true,
      attributes_to_search_on: TYPO_FIELDS,
      min_score: TYPO_MIN_SIMILARITY,
      match_strategy: "last",
      count: "none",
    },
  })
  const rank = close.hits.map((hit) => hit.id)
  if (!rank.length) return { ...toHits(exact), ids: [], count: 0 }
  const byRelevance = !searchOrder(params.order, true)
  const listed = await searcher.search(
    base({
      filters: { ...filters, id: rank },
      pagination: byRelevance
        ? { skip: 0, take: rank.length }
        : { skip: params.offset, take: params.limit, order: searchOrder(params.order, true) },
    }),
  )
  const hits = toHits(listed)
  if (!byRelevance) return hits
  const found = new Set(hits.ids)
  const ordered = rank.filter((id) => found.has(id))
  return { ...hits, ids: ordered.slice(params.offset, params.offset + params.limit) }
}
