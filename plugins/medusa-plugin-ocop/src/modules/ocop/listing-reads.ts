import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { whereListedNow } from "./lib/listed-now"

/**
 * The store's reads of listed listings, in plain SQL on the module's own tables: the catalogue
 * browses, counts and facets them in one grouped aggregate each, which building listing and
 * producer entities (or fetching every row to count it) would cost far more than. The service
 * (service.ts) runs them; nothing outside the module reads these tables.
 */

/** A listed product's listing as the store shows it, with its producer. */
export type ListedRow = {
  product_id: string
  stars: number | null
  level: string | null
  product_group: string | null
  province: string
  price_from: number | null
  producer: { id: string; handle: string; name: string }
}

/** What a catalogue query keeps of the listed listings; every field is optional. */
export type ListedFilters = {
  group?: string
  stars?: number
  province?: string
  /** A producer's handle. */
  producer?: string
  price_min?: number
  price_max?: number
  /** Only these products (a text match or an in-stock scope). */
  product_ids?: string[]
}

export type ListedOrder = "relevance" | "newest" | "stars" | "price_asc" | "price_desc"

/** Listable products per (stars, group, province), with their price range. */
export type FacetCell = {
  stars: number | null
  product_group: string | null
  province: string
  count: number
  min_price: number | null
  max_price: number | null
}

export type ProducerCount = { handle: string; name: string; count: number }

/** Listings listed now, joined to their live producer, with the filters applied. */
export function listedListings(knex: Knex, filters: ListedFilters) {
  return knex("ocop_listing as l")
    .join("ocop_producer as p", "p.id", "l.producer_id")
    .whereNull("p.deleted_at")
    .modify(whereListedNow)
    .modify((builder) => {
      if (filters.group) builder.where("l.product_group", filters.group)
      if (filters.stars) builder.where("l.stars", ">=", filters.stars)
      if (filters.province) builder.where("l.province", filters.province)
      if (filters.producer) builder.where("p.handle", filters.producer)
      if (filters.price_min !== undefined) builder.where("l.price_from", ">=", filters.price_min)
      if (filters.price_max !== undefined) builder.where("l.price_from", "<=", filters.price_max)
      if (filters.product_ids) builder.whereIn("l.product_id", filters.product_ids)
    })
}

/** The columns of a `ListedRow`. */
export function selectListedRow(knex: Knex, builder: Knex.QueryBuilder) {
  return builder.select(
    "l.product_id",
    "l.stars",
    "l.level",
    "l.product_group",
    "l.province",
    "l.price_from",
    knex.raw(`json_build_object('id', p.id, 'handle', p.handle, 'name', p.name) as producer`),
  )
}

/** The catalogue's orders on the listing table; `product_id` last so pages are stable. */
const NEWEST = [
  { column: "l.certified_at", order: "desc" },
  { column: "l.product_id", order: "asc" },
]
export const LISTED_ORDER: Record<ListedOrder, { column: string; order: string }[]> = {
  relevance: NEWEST,
  newest: NEWEST,
  stars: [{ column: "l.stars", order: "desc" }, ...NEWEST],
  price_asc: [
    { column: "l.price_from", order: "asc" },
    { column: "l.product_id", order: "asc" },
  ],
  price_desc: [
    { column: "l.price_from", order: "desc" },
    { column: "l.product_id", order: "asc" },
  ],
}

/** One grouped aggregate: the listed listings per (stars, group, province) and their prices. */
export async function facetCells(knex: Knex, filters: ListedFilters): Promise<FacetCell[]> {
  const rows = await listedListings(knex, filters)
    .select("l.stars", "l.product_group", "l.province")
    .count({ count: "*" })
    .min({ min_price: "l.price_from" })
    .max({ max_price: "l.price_from" })
    .groupBy("l.stars", "l.product_group", "l.province")
  return rows.map((row: Record<string, unknown>) => ({
    stars: row.stars === null ? null : Number(row.stars),
    product_group: (row.product_group as string | null) ?? null,
    province: String(row.province),
    count: Number(row.count),
    min_price: row.min_price === null ? null : Number(row.min_price),
    max_price: row.max_price === null ? null : Number(row.max_price),
  }))
}

/** One grouped aggregate: the producers with the most listed listings, top `limit`. */
export async function producerCounts(
  knex: Knex,
  filters: ListedFilters,
  limit: number,
): Promise<ProducerCount[]> {
  const rows: { handle: string; name: string; count: string | number }[] = await listedListings(
    knex,
    filters,
  )
    .select("p.handle", "p.name")
    .count({ count: "*" })
    .groupBy("p.handle", "p.name")
    .orderBy([
      { column: "count", order: "desc" },
      { column: "p.handle", order: "asc" },
    ])
    .limit(limit)
  return rows.map((row) => ({ handle: row.handle, name: row.name, count: Number(row.count) }))
}
