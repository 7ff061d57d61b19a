import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import type { MultiSearchQuery, SearchResponse } from "./client"
import { compileFilter } from "./filters"
import { fromMeiliDocument } from "./settings"

const reject = (message: string) => new MedusaError(MedusaError.Types.NOT_ALLOWED, message)

type FacetRequest = SearchTypes.SearchFacetRequest

function facetRequests(input: SearchTypes.ProviderSearchQuery): FacetRequest[] {
  return (input.search_options?.facets ?? []).map((facet) =>
    typeof facet === "string" ? { field: facet, type: "value" } : facet,
  )
}

/**
 * Sort clauses. A leading `_score` DESC is Meilisearch's own relevance ranking, so it sends no
 * sort at all (later keys would outrank relevance, as the "sort" rule comes first); `_score`
 * anywhere else, or ascending, cannot be expressed and is rejected.
 */
function sortClauses(order: Record<string, SearchTypes.SearchOrderBy> | undefined) {
  const entries = Object.entries(order ?? {})
  if (entries[0]?.[0] === "_score") {
    if (entries[0][1] !== "DESC") throw reject("Meilisearch cannot rank by ascending relevance")
    return undefined
  }
  if (entries.some(([field]) => field === "_score")) {
    throw reject("Meilisearch ranks by relevance only before any other sort")
  }
  return entries.length
    ? entries.map(([field, direction]) => `${field}:${direction.toLowerCase()}`)
    : undefined
}

/** The matching strategy: all terms (the last one as a prefix, which Meilisearch always does). */
function matchingStrategy(strategy: SearchTypes.SearchMatchStrategy | undefined) {
  return strategy === "any" ? "last" : "all"
}

/** One Meilisearch query for a provider query; exact counts whenever the page allows it. */
export function toMeiliQuery(input: SearchTypes.ProviderSearchQuery): MultiSearchQuery {
  const options = input.search_options ?? {}
  if (options.vector) throw reject("The meilisearch provider does not support vector search")
  if (input.pagination?.cursor !== undefined) {
    throw reject("The meilisearch provider does not support cursor pagination")
  }
  const typoEnabled = input.index.settings.typo_tolerance?.enabled ?? true
  if (options.typo_tolerance === false && typoEnabled && input.q) {
    throw reject("Meilisearch cannot turn typo tolerance off for one query")
  }
  const facets = facetRequests(input)
  const ranged = facets.find((facet) => facet.type === "range")
  if (ranged) throw reject(`The meilisearch provider has no range facets ("${ranged.field}")`)
  const skip = input.pagination?.skip ?? 0
  const take = input.pagination?.take ?? 20
  const paged = take > 0 && skip % take === 0
  const highlight = options.highlight
  const highlighted = highlight === true ? ["*"] : highlight ? highlight.fields : undefined
  return {
    indexUid: input.index.physical_name,
    q: input.q ?? "",
    filter: compileFilter(input.filters),
    sort: sortClauses(input.pagination?.order),
    attributesToRetrieve: input.attributes_to_retrieve,
    attributesToSearchOn: options.attributes_to_search_on,
    matchingStrategy: matchingStrategy(options.match_strategy),
    facets: facets.length ? facets.map((facet) => facet.field) : undefined,
    ...(paged && options.count !== "none"
      ? { page: skip / take + 1, hitsPerPage: take }
      : { offset: skip, limit: take }),
    distinct: options.distinct,
    rankingScoreThreshold: options.min_score,
    showRankingScore: options.include_score || undefined,
    locales: options.locales,
    ...(highlighted && typeof highlight === "object"
      ? { highlightPreTag: highlight.pre_tag, highlightPostTag: highlight.post_tag }
      : {}),
    attributesToHighlight: highlighted,
  }
}

function facetResult(
  request: FacetRequest,
  response: SearchResponse,
  total: number,
): SearchTypes.SearchFacetResult {
  if (request.type === "stats") {
    const stats = response.facetStats?.[request.field]
    return { type: "stats", min: stats?.min ?? 0, max: stats?.max ?? 0, count: stats ? total : 0 }
  }
  const prefix = request.type === "value" || !request.type ? request.query : undefined
  const entries = Object.entries(response.facetDistribution?.[request.field] ?? {})
    .filter(([value]) => !prefix || value.startsWith(prefix))
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) =>
      request.type === "value" && request.sort === "alpha"
        ? a.value.localeCompare(b.value)
        : b.count - a.count || a.value.localeCompare(b.value),
    )
  const limit = request.type === "value" && request.limit ? request.limit : 10
  return { type: "value", values: entries.slice(0, limit) }
}

/** Meilisearch's answer in the Search Module's shape. */
export function fromMeiliResponse(
  input: SearchTypes.ProviderSearchQuery,
  response: SearchResponse,
): SearchTypes.SearchResult {
  const options = input.search_options ?? {}
  const primaryKey = input.index.primary_key
  const count = response.totalHits ?? response.estimatedTotalHits ?? response.hits.length
  const facets = facetRequests(input)
  return {
    hits: response.hits.map((hit) => ({
      id: String(hit[primaryKey]),
      score: options.include_score ? hit._rankingScore : undefined,
      document: fromMeiliDocument(hit, input.index),
      highlights: hit._formatted
        ? Object.fromEntries(
            Object.entries(hit._formatted).map(([field, value]) => [field, [String(value)]]),
          )
        : undefined,
    })),
    facets: facets.length
      ? Object.fromEntries(
          facets.map((facet) => [facet.field, facetResult(facet, response, count)]),
        )
      : undefined,
    metadata: {
      skip: input.pagination?.skip ?? 0,
      take: input.pagination?.take ?? 20,
      count: options.count === "none" ? null : count,
      query: input.q,
      processing_time_ms: response.processingTimeMs,
    },
  }
}
