import type { MedusaContainer, SearchTypes } from "@medusajs/framework/types"
import type { FacetCell } from "../modules/ocop/listing-reads"
import { ocopModule } from "./listings"
import type { ProducerFacet } from "./producer-facet"
import type { ProductSearchParams } from "./query"

export type FacetCount<T = string> = { value: T; count: number }

/** Counts for the browse filters over everything the query matches (each ignoring itself). */
export type ProductFacets = {
  stars: FacetCount<number>[]
  product_group: FacetCount[]
  province: FacetCount[]
  /** Top producers by count, plus the selected one (producer-facet.ts). */
  producer: ProducerFacet[]
  price: { min: number; max: number } | null
}

/** The facets a search index or the listing cube computes; the producer's come apart. */
export type CubeFacets = Omit<ProductFacets, "producer">

/** Facets of a query that matches nothing. */
export const EMPTY_FACETS: ProductFacets = {
  stars: [],
  product_group: [],
  province: [],
  producer: [],
  price: null,
}

export type { FacetCell }

const GROUP_LIMIT = 10
const PROVINCE_LIMIT = 100

const values = (facet: SearchTypes.SearchFacetResult | undefined): FacetCount[] =>
  facet?.type === "value" ? facet.values : []

/** Facets as a search index computed them. */
export function toProductFacets(facets: Record<string, SearchTypes.SearchFacetResult>): CubeFacets {
  const price = facets.price_from
  return {
    stars: values(facets.stars)
      .map(({ value, count }) => ({ value: Number(value), count }))
      .sort((a, b) => b.value - a.value),
    product_group: values(facets.product_group),
    province: values(facets.province),
    price: price?.type === "stats" && price.count > 0 ? { min: price.min, max: price.max } : null,
  }
}

function tally<K extends string | number>(cells: FacetCell[], key: (cell: FacetCell) => K | null) {
  const counts = new Map<K, number>()
  for (const cell of cells) {
    const value = key(cell)
    if (value !== null) counts.set(value, (counts.get(value) ?? 0) + cell.count)
  }
  return [...counts].map(([value, count]) => ({ value, count }))
}

const byCount = (a: FacetCount, b: FacetCount) =>
  b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0)

/**
 * The same facets from the listing table's cube: each facet sums the cells the other filters
 * keep (disjunctive, as the index computes them); the price range ignores the price filter,
 * so `unpriced` is the cube without it.
 */
export function facetsFromCube(
  cells: FacetCell[],
  unpriced: FacetCell[],
  params: ProductSearchParams,
): CubeFacets {
  const stars = (cell: FacetCell) => !params.stars || (cell.stars ?? 0) >= params.stars
  const group = (cell: FacetCell) => !params.group || cell.product_group === params.group
  const province = (cell: FacetCell) => !params.province || cell.province === params.province
  const priced = unpriced.filter((cell) => stars(cell) && group(cell) && province(cell))
  const prices = priced.flatMap((cell) => (cell.min_price === null ? [] : [cell]))
  return {
    stars: tally(
      cells.filter((cell) => group(cell) && province(cell)),
      (cell) => cell.stars,
    ).sort((a, b) => b.value - a.value),
    product_group: tally(
      cells.filter((cell) => stars(cell) && province(cell)),
      (cell) => cell.product_group,
    )
      .sort(byCount)
      .slice(0, GROUP_LIMIT),
    province: tally(
      cells.filter((cell) => stars(cell) && group(cell)),
      (cell) => cell.province,
    )
      .sort(byCount)
      .slice(0, PROVINCE_LIMIT),
    price: prices.length
      ? {
          min: Math.min(...prices.map((cell) => cell.min_price!)),
          max: Math.max(...prices.map((cell) => cell.max_price!)),
        }
      : null,
  }
}

/**
 * The cube of listable products, one aggregate over the OCOP module's listing table (fetching
 * every row to count it would cost far more). It joins the live producers as the page's read
 * does, so every count matches the query's own count. The cube's own filters (stars, group,
 * province) are left to `facetsFromCube`, each facet ignoring its own.
 */
function listingCube(
  container: MedusaContainer,
  params: ProductSearchParams,
  scope: string[] | undefined,
  withPrice: boolean,
): Promise<FacetCell[]> {
  const { producer, price_min, price_max } = params
  return ocopModule(container).listListedFacetCells({
    producer,
    product_ids: scope,
    ...(withPrice ? { price_min, price_max } : {}),
  })
}

/** Browse facets from the listing table: one aggregate, two when a price range is set. */
export async function facetsFromTable(
  container: MedusaContainer,
  params: ProductSearchParams,
  scope: string[] | undefined,
): Promise<CubeFacets> {
  const priceFiltered = params.price_min !== undefined || params.price_max !== undefined
  const [cells, unpriced] = await Promise.all([
    listingCube(container, params, scope, true),
    priceFiltered ? listingCube(container, params, scope, false) : undefined,
  ])
  return facetsFromCube(cells, unpriced ?? cells, params)
}
