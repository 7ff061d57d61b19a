import type { ProductSummary } from "./ocop-types.ts"

export type Facet = { value: string; label: string; count: number }

export type CatalogueFacets = {
  provinces: Facet[]
  producers: Facet[]
}

function countBy<T>(items: readonly T[], key: (item: T) => [string, string]): Facet[] {
  const counts = new Map<string, Facet>()
  for (const item of items) {
    const [value, label] = key(item)
    const facet = counts.get(value)
    if (facet) facet.count++
    else counts.set(value, { value, label, count: 1 })
  }
  return [...counts.values()].sort(
    (a, b) => b.count - a.count || a.label.localeCompare(b.label, "vi"),
  )
}

/** Provinces and producers of the listed products, most products first. */
export function catalogueFacets(
  products: readonly Pick<ProductSummary, "province" | "producer">[],
): CatalogueFacets {
  return {
    provinces: countBy(products, (product) => [product.province, product.province]),
    producers: countBy(products, (product) => [product.producer.handle, product.producer.name]),
  }
}

/** The first `shown` facets (most products first), plus the selected one wherever it stands. */
export function topFacets(facets: readonly Facet[], shown: number, selected?: string): Facet[] {
  const top = facets.slice(0, shown)
  const chosen = selected && !top.some((facet) => facet.value === selected)
  const extra = chosen ? facets.find((facet) => facet.value === selected) : undefined
  return extra ? [...top, extra] : top
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
