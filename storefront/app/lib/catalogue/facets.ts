import type { ProductFacets } from "@ocop/shared"

/** A filter option with the number of products it would show. */
export type Facet = { value: string; label: string; count: number }

/** The listing's province and producer options, from the backend's facets of the same query. */
export function filterFacets(facets: ProductFacets): { provinces: Facet[]; producers: Facet[] } {
  return {
    provinces: facets.province.map(({ value, count }) => ({ value, label: value, count })),
    producers: facets.producer.map(({ handle, name, count }) => ({
      value: handle,
      label: name,
      count,
    })),
  }
}

export const priceBandKeys = ["under100k", "100k-300k", "300k-1m", "over1m"] as const
export type PriceBand = (typeof priceBandKeys)[number]

/** Price bands of the listing's price filter, in whole đồng (upper bound excluded). */
export const priceBands: Record<PriceBand, { min: number; max: number }> = {
  under100k: { min: 0, max: 100_000 },
  "100k-300k": { min: 100_000, max: 300_000 },
  "300k-1m": { min: 300_000, max: 1_000_000 },
  over1m: { min: 1_000_000, max: Number.POSITIVE_INFINITY },
}

/** The backend's inclusive price filter for a band. */
export function priceRange(band: PriceBand): { price_min?: number; price_max?: number } {
  const { min, max } = priceBands[band]
  return {
    ...(min > 0 ? { price_min: min } : {}),
    ...(Number.isFinite(max) ? { price_max: max - 1 } : {}),
  }
}
