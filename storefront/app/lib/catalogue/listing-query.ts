import { z } from "zod"
import type { Locale } from "../i18n/i18n.ts"
import { priceBandKeys, priceRange } from "./facets.ts"
import { listingOrders, maxPage, pageSize } from "./listing.ts"
import { PRODUCT_GROUPS, type ProductListQuery, type Stars } from "@ocop/shared"

/** An empty form field (e.g. "any group") means the filter is off. */
const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value

const text = (max: number) =>
  z.preprocess(blankToUndefined, z.string().trim().max(max).optional()).catch(undefined)

/**
 * The listing's search params. A shopper's URL never fails: an unknown value drops the
 * filter, and numbers out of range are clamped (a 1-star minimum is every listed product, 3).
 */
export const ListingSearchSchema = z.object({
  q: text(100),
  group: z.preprocess(blankToUndefined, z.enum(PRODUCT_GROUPS).optional()).catch(undefined),
  stars: z
    .preprocess(blankToUndefined, z.coerce.number().int().optional())
    .transform((stars) => (stars === undefined ? undefined : clampStars(stars)))
    .catch(undefined),
  province: text(80),
  producer: z
    .preprocess(
      blankToUndefined,
      z
        .string()
        .max(120)
        .regex(/^[a-z0-9-]+$/)
        .optional(),
    )
    .catch(undefined),
  /** A price band (see facets.ts). */
  price: z.preprocess(blankToUndefined, z.enum(priceBandKeys).optional()).catch(undefined),
  /** "In stock at a centre near me": a province whose OCOP places hold the product now. */
  near: text(80),
  order: z.enum(listingOrders).catch("relevance"),
  page: z.coerce
    .number()
    .int()
    .transform((page) => Math.min(Math.max(page, 1), maxPage))
    .catch(1),
})

export type ListingSearch = z.infer<typeof ListingSearchSchema>

function clampStars(stars: number): Stars {
  if (stars <= 3) return 3
  if (stars >= 5) return 5
  return 4
}

export function parseListingSearch(params: URLSearchParams): ListingSearch {
  return ListingSearchSchema.parse({
    q: params.get("q") ?? undefined,
    group: params.get("group") ?? undefined,
    stars: params.get("stars") ?? undefined,
    province: params.get("province") ?? undefined,
    producer: params.get("producer") ?? undefined,
    price: params.get("price") ?? undefined,
    near: params.get("near") ?? undefined,
    order: params.get("order") ?? undefined,
    page: params.get("page") ?? undefined,
  })
}

export function toProductListQuery(search: ListingSearch, locale: Locale): ProductListQuery {
  return {
    q: search.q,
    group: search.group,
    stars: search.stars,
    province: search.province,
    producer: search.producer,
    ...(search.price ? priceRange(search.price) : {}),
    in_stock_province: search.near,
    order: search.order === "relevance" ? undefined : search.order,
    limit: pageSize,
    offset: (search.page - 1) * pageSize,
    locale,
  }
}
