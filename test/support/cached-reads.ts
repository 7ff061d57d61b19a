// The shoppers' read paths the backend caches (decision 0024), read the way a shopper would,
// with whether each one shows a given product. Used by the gate-invalidation tests.
import { storefrontUrl } from "./env"
import { storeFetch } from "./store-api"

export type CachedPath = {
  name: string
  /** A backend path (Store API) or, with `storefront`, a storefront page. */
  path: string
  storefront?: boolean
  /** Does this answer show the product? */
  shows: (body: string, status: number) => boolean
}

export function cachedPaths(product: {
  handle: string
  producerHandle: string
  tag: string
  fairSlug: string
  certificateNumber: string
}): CachedPath[] {
  const has = (body: string, status: number) => status === 200 && body.includes(product.handle)
  return [
    { name: "list", path: `/store/ocop/products?producer=${product.producerHandle}`, shows: has },
    { name: "search", path: `/store/ocop/products?q=${product.tag}`, shows: has },
    { name: "detail", path: `/store/ocop/products/${product.handle}`, shows: has },
    { name: "producer", path: `/store/ocop/producers/${product.producerHandle}`, shows: has },
    { name: "fair", path: `/store/ocop/fairs/${product.fairSlug}`, shows: has },
    {
      name: "certificate",
      path: `/store/ocop/certificates/${encodeURIComponent(product.certificateNumber)}`,
      shows: (body, status) => status === 200 && body.includes('"state":"active"'),
    },
    { name: "sitemap", path: "/sitemap.xml", storefront: true, shows: has },
    { name: "page", path: `/products/${product.handle}`, storefront: true, shows: has },
  ]
}

export type Reads = {
  all: string[]
  /** The paths whose answer shows the product. */
  showing: string[]
  backend: string[]
  /** X-Ocop-Cache of each backend answer: hit, miss or off. */
  cache: Record<string, string | null>
}

/** Reads every path once, in parallel. */
export async function readAll(paths: CachedPath[]): Promise<Reads> {
  const answers = await Promise.all(
    paths.map(async (entry) => {
      const res = entry.storefront
        ? await fetch(new URL(entry.path, storefrontUrl()))
        : await storeFetch(entry.path)
      const body = await res.text()
      return { entry, shows: entry.shows(body, res.status), cache: res.headers.get("x-ocop-cache") }
    }),
  )
  const backend = answers.filter((answer) => !answer.entry.storefront)
  return {
    all: paths.map((entry) => entry.name),
    showing: answers.filter((answer) => answer.shows).map((answer) => answer.entry.name),
    backend: backend.map((answer) => answer.entry.name),
    cache: Object.fromEntries(backend.map((answer) => [answer.entry.name, answer.cache])),
  }
}
