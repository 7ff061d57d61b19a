import type { SearchTypes } from "@medusajs/framework/types"
import { SEARCH_PROVIDERS } from "./schema"
import {
  PRODUCT_FACETS,
  type ProductSearchParams,
  searchFilters,
  searchOrder,
  searchText,
} from "./query"
import { correctQuery, vocabularyOf } from "./vocabulary"

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

const toHits = (result: SearchTypes.SearchResult): ProductSearchHits => ({
  ids: result.hits.map((hit) => hit.id),
  count: result.metadata.count ?? result.hits.length,
  facets: result.facets ?? {},
})

/**
 * Runs a shopper's query on one index. Every term must match (`all`): on Postgres that is a
 * plain full-text query its GIN index answers. Meilisearch is typo-tolerant by itself; on
 * Postgres, a query that finds nothing is retried once with its unknown words replaced by the
 * closest words of the catalogue (vocabulary.ts), within the same typo budget.
 */
export async function runProductSearch(
  searcher: ProductSearcher,
  params: ProductSearchParams,
  now = new Date(),
): Promise<ProductSearchHits> {
  const q = searchText(params.q)
  const filters = searchFilters(params, now)
  const query = (text: string | undefined): SearchTypes.SearchQuery => ({
    entity: searcher.index,
    fields: ["id"],
    filters: { ...filters, ...(text ? { q: text } : {}) },
    pagination: { skip: params.offset, take: params.limit, order: searchOrder(params.order, !!q) },
    search_options: {
      facets: PRODUCT_FACETS,
      disjunctive_facets: true,
      match_strategy: "all",
      typo_tolerance: searcher.provider !== SEARCH_PROVIDERS.postgres,
    },
  })
  const found = toHits(await searcher.search(query(q)))
  if (!q || found.count > 0 || searcher.provider !== SEARCH_PROVIDERS.postgres) return found
  const corrected = correctQuery(q, await vocabularyOf(searcher))
  return corrected ? toHits(await searcher.search(query(corrected))) : found
}
