import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type Price = { amount: number | string; currency_code: string }
type PricedProduct = { id: string; variants?: { prices?: Price[] | null }[] | null }

/** A variant's price in whole đồng, or null when it has no VND price. */
export function vndAmount(prices?: Price[] | null): number | null {
  const price = (prices ?? []).find((p) => p.currency_code === "vnd")
  return price ? Number(price.amount) : null
}

/** The lowest VND price among a product's variants: "from 85.000 ₫" on cards and for sorting. */
export async function lowestVndPrices(
  container: MedusaContainer,
  productIds: string[],
): Promise<Map<string, number>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "variants.prices.amount", "variants.prices.currency_code"],
    filters: { id: productIds },
  })
  const lowest = new Map<string, number>()
  for (const product of data as PricedProduct[]) {
    const amounts = (product.variants ?? [])
      .flatMap((variant) => variant.prices ?? [])
      .filter((price) => price.currency_code === "vnd")
      .map((price) => Number(price.amount))
    if (amounts.length) lowest.set(product.id, Math.min(...amounts))
  }
  return lowest
}
