import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../modules/ocop/lib/constants"
import type OcopModuleService from "../modules/ocop/service"
import type { ListedRow } from "../modules/ocop/service"
import { listedNowFilter } from "./gate"
import type { ProductSearchParams } from "./search-query"

type Listings = Awaited<ReturnType<OcopModuleService["listListings"]>>

/** The orders of the search, on the listing table; `product_id` last so pages are stable. */
const TABLE_ORDER = {
  relevance: { certified_at: "DESC", product_id: "ASC" },
  newest: { certified_at: "DESC", product_id: "ASC" },
  stars: { stars: "DESC", certified_at: "DESC", product_id: "ASC" },
  price_asc: { price_from: "ASC", product_id: "ASC" },
  price_desc: { price_from: "DESC", product_id: "ASC" },
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
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const listings = await ocop.listListedRows(productIds, new Date())
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
 * filters and every order at once; also the answer when no search index can give one.
 */
export async function listingsFromTable(
  container: MedusaContainer,
  params: ProductSearchParams,
  scope: string[] | undefined,
): Promise<{ listings: Listings; count: number }> {
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const filters: Record<string, unknown> = { ...listedNowFilter() }
  if (params.group) filters.product_group = params.group
  if (params.stars) filters.stars = { $gte: params.stars }
  if (params.province) filters.province = params.province
  if (params.producer) filters.producer = { handle: params.producer }
  if (params.price_min !== undefined || params.price_max !== undefined) {
    filters.price_from = {
      ...(params.price_min !== undefined ? { $gte: params.price_min } : {}),
      ...(params.price_max !== undefined ? { $lte: params.price_max } : {}),
    }
  }
  if (scope) filters.product_id = scope
  const [listings, count] = await ocop.listAndCountListings(filters, {
    relations: ["producer"],
    order: TABLE_ORDER[params.order ?? "newest"],
    take: params.limit,
    skip: params.offset,
  })
  return { listings, count }
}
