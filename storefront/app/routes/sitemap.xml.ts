import type { Route } from "./+types/sitemap.xml"
import { cached } from "#app/lib/concurrency.ts"
import type { ProductSummary } from "#app/lib/ocop-types.ts"
import { listProducts } from "#app/lib/ocop.server.ts"
import { publicOrigin } from "#app/lib/site.server.ts"
import { sitemapXml, type SitemapPage } from "#app/lib/sitemap.ts"

const pageSize = 100
/** 50,000 URLs is a sitemap's limit; each product is two (vi, en). */
const maxProducts = 20_000

/** Every listable product, read once an hour: a national catalogue takes many pages. */
const listedProducts = cached(60 * 60_000, async (): Promise<ProductSummary[]> => {
  const products: ProductSummary[] = []
  for (let offset = 0; offset < maxProducts; offset += pageSize) {
    const page = await listProducts({ locale: "vi", limit: pageSize, offset })
    products.push(...page.products)
    if (products.length >= page.count || page.products.length < pageSize) break
  }
  return products
})

/** Home, listing, directory, every listable product and its producer, in both languages. */
export async function loader({ request }: Route.LoaderArgs) {
  const products = await listedProducts()
  const producers = [...new Set(products.map((product) => product.producer.handle))]
  const pages: SitemapPage[] = [
    { path: "/" },
    { path: "/products" },
    { path: "/places" },
    ...products.map((product) => ({ path: `/products/${encodeURIComponent(product.handle)}` })),
    ...producers.map((handle) => ({ path: `/producers/${encodeURIComponent(handle)}` })),
  ]
  return new Response(sitemapXml(publicOrigin(request), pages), {
    headers: {
      "Content-Type": "application/xml; charset=utf-8",
      "Cache-Control": "public, max-age=3600",
    },
  })
}
