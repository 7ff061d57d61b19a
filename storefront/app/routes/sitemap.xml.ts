import type { Route } from "./+types/sitemap.xml"
import type { ProductSummary } from "@ocop/shared"
import { gateVersion, listProducts } from "#app/lib/catalogue/ocop.server.ts"
import { publicOrigin } from "#app/lib/core/site.server.ts"
import { sitemapXml, type SitemapPage } from "#app/lib/catalogue/sitemap.ts"

const pageSize = 100
/** 50,000 URLs is a sitemap's limit; each product is two (vi, en). */
const maxProducts = 20_000

async function readListedProducts(): Promise<ProductSummary[]> {
  const products: ProductSummary[] = []
  for (let offset = 0; offset < maxProducts; offset += pageSize) {
    const page = await listProducts({ locale: "vi", limit: pageSize, offset })
    products.push(...page.products)
    if (products.length >= page.count || page.products.length < pageSize) break
  }
  return products
}

/**
 * Every listable product, read again only when the gate changes: a national catalogue takes
 * many pages, and a revoked or expired product must leave the sitemap at once.
 */
let built: { version: string; products: Promise<ProductSummary[]> } | undefined

async function listedProducts(version: string): Promise<ProductSummary[]> {
  if (built?.version !== version) {
    const products = readListedProducts()
    built = { version, products }
    products.catch(() => {
      if (built?.products === products) built = undefined
    })
  }
  return built.products
}

/** Home, listing, directory, every listable product and its producer, in both languages. */
export async function loader({ request }: Route.LoaderArgs) {
  const version = await gateVersion()
  const origin = publicOrigin(request)
  const etag = `"${version}@${origin}"`
  // Crawlers revalidate every time; an unchanged gate answers 304 without a body.
  const headers = { "Cache-Control": "public, max-age=0, must-revalidate", ETag: etag }
  if (request.headers.get("If-None-Match") === etag) {
    return new Response(null, { status: 304, headers })
  }
  const products = await listedProducts(version)
  const producers = [...new Set(products.map((product) => product.producer.handle))]
  const pages: SitemapPage[] = [
    { path: "/" },
    { path: "/products" },
    { path: "/places" },
    ...products.map((product) => ({ path: `/products/${encodeURIComponent(product.handle)}` })),
    ...producers.map((handle) => ({ path: `/producers/${encodeURIComponent(handle)}` })),
  ]
  return new Response(sitemapXml(origin, pages), {
    headers: { ...headers, "Content-Type": "application/xml; charset=utf-8" },
  })
}
