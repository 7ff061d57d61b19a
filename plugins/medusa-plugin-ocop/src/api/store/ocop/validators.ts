import { z } from "@medusajs/framework/zod"
import { StoreProductSearchFilters } from "../../../search/params"
import { PLACE_TYPES, PRODUCT_GROUPS } from "@ocop/shared"
import { safeText } from "../../zod-fields"

const query = (max: number) => safeText({ multiline: false }).trim().max(max).optional()

export const StoreListOcopProducts = z.object({
  q: query(200),
  group: z.enum(PRODUCT_GROUPS).optional(),
  stars: z.coerce.number().int().min(3).max(5).optional(),
  province: query(100),
  producer: query(100),
  order: z.enum(["relevance", "price_asc", "price_desc", "stars", "newest"]).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(24),
  offset: z.coerce.number().int().min(0).max(100000).default(0),
  ...StoreProductSearchFilters,
})
export type StoreListOcopProductsType = z.infer<typeof StoreListOcopProducts>

export const StoreListPlaces = z.object({
  province: query(100),
  type: z.enum(PLACE_TYPES).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
})
export type StoreListPlacesType = z.infer<typeof StoreListPlaces>
