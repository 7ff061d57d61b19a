import type { CartLine } from "./commerce-types.ts"
import type { ProductDetail, Stars } from "@ocop/shared"

export type CartLineView = CartLine & {
  /** The product's title in the page's language. */
  title: string
  /** False once the certificate gate stops listing the product: it can only be removed. */
  listed: boolean
  stars: Stars | null
}

/** The cart's lines as the shopper sees them, each with its product's listing now. */
export function cartLineViews(
  items: readonly CartLine[],
  listings: ReadonlyMap<string, ProductDetail | null>,
): CartLineView[] {
  return items.map((item) => {
    const product = item.product_handle ? listings.get(item.product_handle) : null
    return {
      ...item,
      title: product?.title ?? item.title,
      listed: Boolean(product?.variants.some((variant) => variant.id === item.variant_id)),
      stars: product?.stars ?? null,
    }
  })
}

export function hasUnlisted(lines: readonly CartLineView[]): boolean {
  return lines.some((line) => !line.listed)
}
