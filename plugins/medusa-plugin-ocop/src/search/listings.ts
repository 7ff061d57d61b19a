import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../modules/ocop/lib/constants"
import type { ListedFilters, ListedRow } from "../modules/ocop/listing-reads"
import type OcopModuleService from "../modules/ocop/service"
import type { ProductSearchParams } from "./query"

export type { ListedRow }

/** The OCOP module's listing filters of a catalogue query, limited to `scope` when given. */
export function listedFilters(
  params: ProductSearchParams,
  scope: string[] | undefined,
): ListedFilters {
  const { group, stars, province, producer, price_min, price_max } = params
  return { group, stars, province, producer, price_min, price_max, product_ids: scope }
}

/** The OCOP module, which owns the listing tables these reads go through. */
export const ocopModule = (container: MedusaContainer): OcopModuleService =>
  container.resolve(OCOP_MODULE)

/**
 * The gate, checked again at read time: of the products a search index returned, those whose
 * listing is listed now, in the index's order. An index a few seconds stale can therefore never
 * show a revoked or expired product.
 */
export async function listedInOrder(
  container: MedusaContainer,
  productIds: string[],
): Promise<ListedRow[]> {
  const listings = await ocopModule(container).listListedRows(productIds)
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
 * Browsing (no text) straight from the listing table (the OCOP module's listed rows), whose
 * indexes answer the gate, the filters and every order at once; also the answer when no search index can give one. A page
 * and its count, beside the facets' aggregate over the same table (facets.ts).
 */
export async function listingsFromTable(
  container: MedusaContainer,
  params: ProductSearchParams,
  scope: string[] | undefined,
): Promise<{ listings: ListedRow[]; count: number }> {
  const [listings, count] = await ocopModule(container).listAndCountListedRows(
    listedFilters(params, scope),
    { order: params.order ?? "newest", limit: params.limit, offset: params.offset },
  )
  return { listings, count }
}
