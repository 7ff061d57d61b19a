import {
  PRODUCT_GROUPS,
  type FairBooth,
  type FairListResponse,
  type ProductGroup,
  type ProductSummary,
} from "@ocop/shared"

/** A product as the fair shows it: with the booth it stands at. */
export type FairProduct = {
  product: ProductSummary
  booth: Pick<FairBooth, "id" | "number" | "producer">
}

export type FairProductGroup = { group: ProductGroup; items: FairProduct[] }

/** Every product of the catalog with its booth, booth by booth, in the backend's order. */
export function fairProducts(booths: readonly FairBooth[]): FairProduct[] {
  return booths.flatMap(({ products, ...booth }) => products.map((product) => ({ product, booth })))
}

/**
 * The same products by OCOP product group, in the programme's order of groups; groups with
 * nothing in this fair are left out. Within a group, products keep their booth order.
 */
export function groupByProductGroup(booths: readonly FairBooth[]): FairProductGroup[] {
  const items = fairProducts(booths)
  return PRODUCT_GROUPS.map((group) => ({
    group,
    items: items.filter((item) => item.product.product_group === group),
  })).filter((entry) => entry.items.length > 0)
}

/** Booths that show at least one listed product: an empty booth has nothing to print. */
export function boothsWithProducts(booths: readonly FairBooth[]): FairBooth[] {
  return booths.filter((booth) => booth.products.length > 0)
}

export const fairSections = [
  "live",
  "upcoming",
  "past",
] as const satisfies readonly (keyof FairListResponse)[]
export type FairSection = (typeof fairSections)[number]

export const catalogViews = ["booths", "groups"] as const
export type CatalogView = (typeof catalogViews)[number]

/** The catalog's view from `?view=`: by booth unless product groups are asked for. */
export function catalogView(value: string | null): CatalogView {
  return value === "groups" ? "groups" : "booths"
}
