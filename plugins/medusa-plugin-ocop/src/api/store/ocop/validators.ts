import { z } from "@medusajs/framework/zod"
import { StoreProductSearchFilters } from "../../../lib/search-params"
import { PLACE_TYPES, PRODUCT_GROUPS } from "../../../modules/ocop/lib/constants"

export const StoreListOcopProducts = z.object({
  q: z.string().trim().max(200).optional(),
  group: z.enum(PRODUCT_GROUPS).optional(),
  stars: z.coerce.number().int().min(3).max(5).optional(),
  province: z.string().trim().max(100).optional(),
  producer: z.string().trim().max(100).optional(),
  order: z.enum(["relevance", "price_asc", "price_desc", "stars", "newest"]).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(24),
  offset: z.coerce.number().int().min(0).max(100000).default(0),
  ...StoreProductSearchFilters,
})
export type StoreListOcopProductsType = z.infer<typeof StoreListOcopProducts>

export const StoreListPlaces = z.object({
  province: z.string().trim().max(100).optional(),
  type: z.enum(PLACE_TYPES).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
})
export type StoreListPlacesType = z.infer<typeof StoreListPlaces>
