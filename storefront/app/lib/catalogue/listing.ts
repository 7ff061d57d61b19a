import type { ListingSearch } from "./listing-query.ts"
import { PRODUCT_ORDERS } from "@ocop/shared"

export const pageSize = 24
export const maxPage = 500
export const listingOrders = ["relevance", ...PRODUCT_ORDERS] as const
export type ListingOrder = (typeof listingOrders)[number]

/** The query string for `search` at `page`, leaving out filters that are off. */
export function listingSearchString(search: ListingSearch, page: number): string {
  const params = new URLSearchParams()
  for (const key of ["q", "group", "stars", "province", "producer", "price", "near"] as const) {
    const value = search[key]
    if (value !== undefined) params.set(key, String(value))
  }
  if (search.order !== "relevance") params.set("order", search.order)
  if (page > 1) params.set("page", String(page))
  const query = params.toString()
  return query ? `?${query}` : ""
}

export function pageCount(count: number): number {
  return Math.max(1, Math.ceil(count / pageSize))
}
