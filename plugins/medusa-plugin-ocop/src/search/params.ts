import type { MedusaContainer } from "@medusajs/framework/types"
import { z } from "@medusajs/framework/zod"
import { OCOP_MODULE } from "../modules/ocop/lib/constants"
import type OcopModuleService from "../modules/ocop/service"

/** More đồng than any OCOP product costs; keeps a typo'd price out of the index query. */
const MAX_PRICE = 1_000_000_000

/**
 * The search-only filters of GET /store/ocop/products, merged into the route's query schema:
 * a VND price range on the product's lowest price (both ends included), a place of the showroom
 * network (OCOP place id or its stock location id) that must hold available stock, and a
 * province where some OCOP place must hold available stock ("in stock at a centre near me").
 */
export const StoreProductSearchFilters = {
  price_min: z.coerce.number().int().min(0).max(MAX_PRICE).optional(),
  price_max: z.coerce.number().int().min(0).max(MAX_PRICE).optional(),
  place: z.string().trim().min(1).max(100).optional(),
  in_stock_province: z.string().trim().min(1).max(100).optional(),
}

export type StoreProductSearchFiltersType = {
  price_min?: number
  price_max?: number
  place?: string
  in_stock_province?: string
}

/**
 * The stock locations the place filters name: the place's own (or the location itself), the
 * locations of every OCOP place in the province, or both intersected. Undefined when neither
 * filter is set; an empty list when they name no place, which matches no product.
 */
export async function stockLocationsFilter(
  container: MedusaContainer,
  { place, in_stock_province }: Pick<StoreProductSearchFiltersType, "place" | "in_stock_province">,
): Promise<string[] | undefined> {
  if (!place && !in_stock_province) return undefined
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const [atPlace, inProvince] = await Promise.all([
    place === undefined
      ? undefined
      : place.startsWith("ocpl_")
        ? ocop.listPlaces({ id: place }).then((rows) => rows.map((row) => row.stock_location_id))
        : [place],
    in_stock_province === undefined
      ? undefined
      : ocop
          .listPlaces({ province: in_stock_province }, { select: ["stock_location_id"] })
          .then((rows) => rows.map((row) => row.stock_location_id)),
  ])
  if (atPlace && inProvince) return atPlace.filter((id) => inProvince.includes(id))
  return atPlace ?? inProvince
}
