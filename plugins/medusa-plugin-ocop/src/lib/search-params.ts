import type { MedusaContainer } from "@medusajs/framework/types"
import { z } from "@medusajs/framework/zod"
import { OCOP_MODULE } from "../modules/ocop/lib/constants"
import type OcopModuleService from "../modules/ocop/service"

/**
 * The search-only filters of GET /store/ocop/products, to merge into the route's query schema
 * (`StoreListOcopProducts.extend(StoreProductSearchFilters)`): a VND price range on the
 * product's lowest price, and a place of the showroom network (OCOP place id or its stock
 * location id) that must hold available stock.
 */
export const StoreProductSearchFilters = {
  price_min: z.coerce.number().int().min(0).optional(),
  price_max: z.coerce.number().int().min(0).optional(),
  place: z.string().trim().max(100).optional(),
}

export type StoreProductSearchFiltersType = {
  price_min?: number
  price_max?: number
  place?: string
}

/** The stock locations a `place` filter names: the place's own, or the location itself. */
export async function placeStockLocations(
  container: MedusaContainer,
  place: string | undefined,
): Promise<string[] | undefined> {
  if (!place) return undefined
  if (!place.startsWith("ocpl_")) return [place]
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const places = await ocop.listPlaces({ id: place })
  return places.map((row) => row.stock_location_id)
}
