import type { Event, RemoteQueryFunction, SearchTypes } from "@medusajs/framework/types"
import { OcopEvents } from "../modules/ocop/lib/constants"
import { listedNowFilter } from "../modules/ocop/lib/listed-now"
import { buildProductDocuments } from "./documents"
import type { ProductSearchDocument } from "./schema"

type Query = Omit<RemoteQueryFunction, symbol>
type Mutation =
  { action: "upsert"; documents: ProductSearchDocument[] } | SearchTypes.SearchMutation

const SEED_BATCH = 200

const ids = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).filter((id): id is string => typeof id === "string")

async function column(
  query: Query,
  entity: string,
  field: string,
  filters: Record<string, unknown>,
): Promise<string[]> {
  const { data } = await query.graph({ entity, fields: [field], filters, withDeleted: true })
  return ids((data as Record<string, unknown>[]).map((row) => row[field]))
}

async function productsOfInventoryItems(query: Query, itemIds: string[]): Promise<string[]> {
  if (!itemIds.length) return []
  const { data } = await query.graph({
    entity: "inventory_item",
    fields: ["variants.product_id"],
    filters: { id: itemIds },
  })
  return ids(
    (data as { variants?: { product_id?: string | null }[] | null }[]).flatMap((item) =>
      (item.variants ?? []).map((variant) => variant.product_id),
    ),
  )
}

/**
 * The events that can change what a shopper finds, and how each names its products. The
 * certificate gate's own `ocop.listing.changed` carries the product; the rest are Medusa's and
 * the OCOP module's generated mutation events, which carry the id of the row that changed.
 */
export const PRODUCT_IDS_OF_EVENT: Record<string, (query: Query, data: any) => Promise<string[]>> =
  {
    [OcopEvents.LISTING_CHANGED]: async (_query, data) => ids(data?.product_id),
    "ocop.listing.updated": (query, data) =>
      column(query, "listing", "product_id", { id: ids(data?.id) }),
    "ocop.producer.updated": (query, data) =>
      column(query, "listing", "product_id", { producer_id: ids(data?.id) }),
    "ocop.product-story.created": (query, data) =>
      column(query, "product_story", "product_id", { id: ids(data?.id) }),
    "ocop.product-story.updated": (query, data) =>
      column(query, "product_story", "product_id", { id: ids(data?.id) }),
    "ocop.product-story.deleted": (query, data) =>
      column(query, "product_story", "product_id", { id: ids(data?.id) }),
    "product.updated": async (_query, data) => ids(data?.id),
    "product.deleted": async (_query, data) => ids(data?.id),
    "inventory.inventory-level.created": levelProducts,
    "inventory.inventory-level.updated": levelProducts,
    "inventory.inventory-level.deleted": levelProducts,
    "inventory.reservation-item.created": reservationProducts,
    "inventory.reservation-item.updated": reservationProducts,
    "inventory.reservation-item.deleted": reservationProducts,
  }

async function levelProducts(query: Query, data: any): Promise<string[]> {
  const items = await column(query, "inventory_level", "inventory_item_id", { id: ids(data?.id) })
  return productsOfInventoryItems(query, items)
}

async function reservationProducts(query: Query, data: any): Promise<string[]> {
  const items = await column(query, "reservation", "inventory_item_id", { id: ids(data?.id) })
  return productsOfInventoryItems(query, items)
}

export const SEARCH_EVENTS = Object.keys(PRODUCT_IDS_OF_EVENT)

/** Upserts the products still listable, deletes the others: a delisted product leaves at once. */
export async function documentMutations(query: Query, productIds: string[]): Promise<Mutation[]> {
  const wanted = [...new Set(productIds)]
  if (!wanted.length) return []
  const documents = await buildProductDocuments(query, wanted)
  const kept = new Set(documents.map((document) => document.id))
  const gone = wanted.filter((id) => !kept.has(id))
  const mutations: Mutation[] = []
  if (documents.length) mutations.push({ action: "upsert", documents })
  if (gone.length) mutations.push({ action: "delete", filters: { id: gone } })
  return mutations
}

/** The index definitions' `consume`: an event becomes writes for the products it touches. */
export async function consumeSearchEvent(
  event: Event,
  { container }: SearchTypes.SearchIngestionContext,
): Promise<Mutation[]> {
  const productIdsOf = PRODUCT_IDS_OF_EVENT[event.name]
  if (!productIdsOf) return []
  return documentMutations(container.query, await productIdsOf(container.query, event.data))
}

/**
 * The index definitions' `seed`: products in product-id order, so an interrupted run resumes
 * after `last_key`. A full seed reads the listable ones. The catch-up pass after it re-reads
 * every listing touched since it began, and a scoped reindex (`filters`) every listing in its
 * scope, listed or not, so one delisted meanwhile is deleted rather than kept.
 */
export async function* seedSearchIndex(
  context: SearchTypes.SearchSeedContext,
): AsyncIterable<Mutation[]> {
  const { query } = context.container
  const { filters = {}, catchup } = context
  const scoped = catchup || Object.keys(filters).length > 0
  let cursor = context.last_key
  while (true) {
    const constraints = [
      catchup ? { updated_at: { $gte: catchup.since } } : scoped ? {} : listedNowFilter(),
      ...(cursor ? [{ product_id: { $gt: cursor } }] : []),
    ]
    const existing = Array.isArray(filters.$and) ? filters.$and : []
    const { data } = await query.graph({
      entity: "listing",
      fields: ["product_id"],
      filters: { ...filters, $and: [...existing, ...constraints] },
      pagination: { take: SEED_BATCH, order: { product_id: "ASC" } },
    })
    const page = ids((data as { product_id: string }[]).map((row) => row.product_id))
    if (!page.length) return
    const mutations = await documentMutations(query, page)
    if (mutations.length) yield mutations
    if (page.length < SEED_BATCH) return
    cursor = page[page.length - 1]
  }
}
