import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type PricedProduct = {
  id: string
  variants?: { prices?: { amount: number; currency_code: string }[] | null }[] | null
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
