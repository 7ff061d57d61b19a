import type { SearchTypes } from "@medusajs/framework/types"
import type { ProductGroup } from "@ocop/shared"
import { listedNowIndexFilter } from "../modules/ocop/lib/listed-now"
import { PRODUCER_LIMIT } from "./producer-facet"
import { foldVietnamese } from "./text"

export const SEARCH_ORDERS = ["relevance", "price_asc", "price_desc", "stars", "newest"] as const
export type SearchOrder = (typeof SEARCH_ORDERS)[number]

/** What a shopper can ask the product search: the store route's query, validated. */
export type ProductSearchParams = {
  q?: string
  group?: ProductGroup
  /** At least this many stars. */
  stars?: number
  province?: string
  /** Producer handle. */
  producer?: string
  price_min?: number
  price_max?: number
  /** Stock location ids: in stock at any of them. */
  in_stock_at?: string[]
  order?: SearchOrder
  limit: number
  offset: number
}

/** Facet requests: value counts for the browse filters, min/max for the price slider. */
export const PRODUCT_FACETS: SearchTypes.SearchFacetRequest[] = [
  { field: "stars", type: "value", limit: 5 },
  { field: "product_group", type: "value", limit: 10 },
  { field: "province", type: "value", limit: 100 },
  { field: "producer_handle", type: "value", limit: PRODUCER_LIMIT },
  { field: "price_from", type: "stats" },
]

/**
 * Sorts with `id` last so equal prices or dates page stably. Relevance without a query is
 * "newest"; relevance with one is the engine's own ranking (no explicit order), which both
 * providers break ties on deterministically.
 */
export function searchOrder(
  order: SearchOrder | undefined,
  hasQuery: boolean,
): Record<string, SearchTypes.SearchOrderBy> | undefined {
  switch (order ?? (hasQuery ? "relevance" : "newest")) {
    case "relevance":
      return hasQuery ? undefined : { certified_at: "DESC", id: "ASC" }
    case "price_asc":
      return { price_from: "ASC", id: "ASC" }
    case "price_desc":
      return { price_from: "DESC", id: "ASC" }
    case "stars":
      return { stars: "DESC", certified_at: "DESC", id: "ASC" }
    case "newest":
      return { certified_at: "DESC", id: "ASC" }
  }
}

/**
 * The index filters for a shopper's query. The gate's "listed now" (listed-now.ts) is in the
 * index query itself: an expired certificate stops matching at its expiry instant, before any
 * job or event has touched the index.
 */
export function searchFilters(params: ProductSearchParams, now: Date): SearchTypes.SearchFilters {
  const filters: SearchTypes.SearchFilters = { ...listedNowIndexFilter(now) }
  if (params.group) filters.product_group = params.group
  if (params.stars) filters.stars = { $gte: params.stars }
  if (params.province) filters.province = params.province
  if (params.producer) filters.producer_handle = params.producer
  if (params.price_min !== undefined || params.price_max !== undefined) {
    filters.price_from = {
      ...(params.price_min !== undefined ? { $gte: params.price_min } : {}),
      ...(params.price_max !== undefined ? { $lte: params.price_max } : {}),
    }
  }
  if (params.in_stock_at) filters.stock_location_ids = { $overlaps: params.in_stock_at }
  return filters
}

/** The folded free-text query, or undefined when nothing is left to match. */
export function searchText(q: string | undefined): string | undefined {
  const folded = q ? foldVietnamese(q) : ""
  return folded || undefined
}
