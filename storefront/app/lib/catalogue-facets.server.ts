import { cached } from "./concurrency.ts"
import { catalogueFacets } from "./facets.ts"
import type { ProductSummary } from "./ocop-types.ts"
import { listProducts } from "./ocop.server.ts"

/** The newest listed products the province and producer selects are drawn from. */
const sampleSize = 500
const backendPageSize = 100

async function newestListed(): Promise<ProductSummary[]> {
  const products: ProductSummary[] = []
  for (let offset = 0; offset < sampleSize; offset += backendPageSize) {
    const page = await listProducts({ locale: "vi", limit: backendPageSize, offset })
    products.push(...page.products)
    if (page.products.length < backendPageSize) break
  }
  return products
}

/** Provinces and producers that have listed products, for the listing's selects (5 minutes). */
export const getCatalogueFacets = cached(5 * 60_000, async () =>
  catalogueFacets(await newestListed()),
)
