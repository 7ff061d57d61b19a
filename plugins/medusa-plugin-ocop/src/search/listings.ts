import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { whereListedNow } from "../modules/ocop/lib/listed-now"
import type { ProductSearchParams } from "./query"

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

/**
 * Listings the gate lists now, joined to their producer, selected as `ListedRow`s: the search's
 * gate re-check and a browse page read them as plain rows, since building listing and producer
 * entities cost more than the reads.
 */
function listedRows(container: MedusaContainer) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  return knex("ocop_listing as l")
    .join("ocop_producer as p", "p.id", "l.producer_id")
    .whereNull("p.deleted_at")
    .modify(whereListedNow)
    .select(
      "l.product_id",
      "l.stars",
      "l.level",
      "l.product_group",
      "l.province",
      "l.price_from",
      knex.raw(`json_build_object('id', p.id, 'handle', p.handle, 'name', p.name) as producer`),
    )
}

/** The orders of the search, on the listing table; `product_id` last so pages are stable. */
const TABLE_ORDER = {
  relevance: [
    ["l.certified_at", "desc"],
    ["l.product_id", "asc"],
  ],
  newest: [
    ["l.certified_at", "desc"],
    ["l.product_id", "asc"],
  ],
  stars: [
    ["l.stars", "desc"],
    ["l.certified_at", "desc"],
    ["l.product_id", "asc"],
  ],
  price_asc: [
    ["l.price_from", "asc"],
    ["l.product_id", "asc"],
  ],
  price_desc: [
    ["l.price_from", "desc"],
    ["l.product_id", "asc"],
  ],
} as const

/**
 * The gate, checked again at read time: of the products a search index returned, those whose
 * listing is listed now, in the index's order. An index a few seconds stale can therefore never
 * show a revoked or expired product.
 */
export async function listedInOrder(
  container: MedusaContainer,
  productIds: string[],
): Promise<ListedRow[]> {
  if (!productIds.length) return []
  const listings: ListedRow[] = await listedRows(container).whereIn("l.product_id", productIds)
  const byProduct = new Map(listings.map((listing) => [listing.product_id, listing]))
  return productIds.flatMap((id) => byProduct.get(id) ?? [])
}

type LevelRow = {
  stocked_quantity?: number | string | null
  reserved_quantity?: number | string | null
  inventory_item?: { variants?: { product_id: string }[] | null } | null
}

async function productsInStockAt(container: MedusaContainer, locationIds: string[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "inventory_level",
    fields: ["stocked_quantity", "reserved_quantity", "inventory_item.variants.product_id"],
    filters: { location_id: locationIds },
  })
  return (data as LevelRow[])
    .filter((level) => Number(level.stocked_quantity ?? 0) > Number(level.reserved_quantity ?? 0))
    .flatMap((level) => level.inventory_item?.variants ?? [])
    .map((variant) => variant.product_id)
}

/**
 * The products a table answer is limited to, when the query names some: those matching the
 * text (Medusa's product `q`: substring, accent-sensitive — only used when no search index can
 * answer) and those in stock at the place. Undefined when nothing limits it.
 */
export async function tableScope(
  container: MedusaContainer,
  params: ProductSearchParams,
): Promise<string[] | undefined> {
  const scopes: string[][] = []
  if (params.q?.trim()) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product",
      fields: ["id"],
      filters: { q: params.q, status: "published" },
      pagination: { take: 1000, skip: 0 },
    })
    scopes.push(data.map((product) => product.id as string))
  }
  if (params.in_stock_at) scopes.push(await productsInStockAt(container, params.in_stock_at))
  if (!scopes.length) return undefined
  return scopes.reduce((kept, scope) => kept.filter((id) => scope.includes(id)))
}

/**
 * Browsing (no text) straight from the listing table, whose indexes answer the gate, the
 * filters and every order at once; also the answer when no search index can give one. A page
 * and its count, beside the facets' aggregate over the same table (facets.ts).
 */
export async function listingsFromTable(
  container: MedusaContainer,
  params: ProductSearchParams,
  scope: string[] | undefined,
): Promise<{ listings: ListedRow[]; count: number }> {
  const listed = listedRows(container).modify((builder) => {
    if (params.group) builder.where("l.product_group", params.group)
    if (params.stars) builder.where("l.stars", ">=", params.stars)
    if (params.province) builder.where("l.province", params.province)
    if (params.producer) builder.where("p.handle", params.producer)
    if (params.price_min !== undefined) builder.where("l.price_from", ">=", params.price_min)
    if (params.price_max !== undefined) builder.where("l.price_from", "<=", params.price_max)
    if (scope) builder.whereIn("l.product_id", scope)
  })
  const order = TABLE_ORDER[params.order ?? "newest"].map(([column, direction]) => ({
    column,
    order: direction,
  }))
  const [listings, [{ count }]] = await Promise.all([
    listed.clone().orderBy(order).limit(params.limit).offset(params.offset),
    listed.clone().clearSelect().count({ count: "*" }),
  ])
  return { listings: listings as ListedRow[], count: Number(count) }
}
