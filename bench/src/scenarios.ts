// The calls measured, each as the list of requests its load takes in turn. Carts are made before
// a run starts, so adding to a cart and completing one are timed alone.
import { officerToken } from "../../test/support/admin-api"
import { readyCart } from "../../test/support/checkout"
import type { Fixtures } from "./fixtures.js"
import type { LoadRequest } from "./load.js"
import type { Backend } from "./report.js"

export interface ScenarioContext {
  fixtures: Fixtures
  /** The backend under test, and the storefront (which always calls the OCOP backend). */
  backendUrl: string
  storefrontUrl: string
  publishableKey: string
  regionId: string
}

export interface ScenarioRun {
  requests: LoadRequest[]
  /** Each request used once (a cart completes once); otherwise the run lasts its duration. */
  amount?: number
  /** Headers of every request besides the publishable key (an officer's token). */
  headers?: Record<string, string>
}

export interface Scenario {
  name: string
  label: string
  backends: Backend[]
  /** Only these concurrencies, when the others would only queue (see medusa-list). */
  concurrencies?: number[]
  /** GET-only scenarios get a short unrecorded warm-up first. */
  warmUp: boolean
  prepare(context: ScenarioContext, concurrency: number): Promise<ScenarioRun>
}

const get = (path: string): LoadRequest => ({ method: "GET", path })
const post = (path: string, body: unknown): LoadRequest => ({
  method: "POST",
  path,
  body: JSON.stringify(body),
})

/** Runs `make` for each of `count` items, `parallel` at a time, in order. */
export async function inBatches<T>(
  count: number,
  parallel: number,
  make: (index: number) => Promise<T>,
) {
  const made: T[] = []
  for (let start = 0; start < count; start += parallel) {
    const batch = Array.from({ length: Math.min(parallel, count - start) }, (_, i) =>
      make(start + i),
    )
    made.push(...(await Promise.all(batch)))
  }
  return made
}

async function emptyCart(context: ScenarioContext): Promise<string> {
  const res = await fetch(`${context.backendUrl}/store/carts`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-publishable-api-key": context.publishableKey,
    },
    body: JSON.stringify({ region_id: context.regionId }),
  })
  if (!res.ok) throw new Error(`creating a cart failed: ${res.status} ${await res.text()}`)
  return ((await res.json()) as { cart: { id: string } }).cart.id
}

/**
 * Carts completed per concurrency: each takes six calls to ready, about a second each on a busy
 * two-core machine. 64 at once is left to the no-oversell check's crowd.
 */
export const CHECKOUTS: Record<number, number> = { 1: 8, 16: 16 }

/** Carts ready to complete (address, delivery, cash on delivery) on the backend under test. */
export async function readyCarts(
  context: ScenarioContext,
  count: number,
  shelves = context.fixtures.shelves,
): Promise<string[]> {
  // The test helpers read the backend's address and key from the environment.
  process.env.BACKEND_URL = context.backendUrl
  process.env.MEDUSA_PUBLISHABLE_KEY = context.publishableKey
  const run = Date.now().toString(36)
  return inBatches(count, 8, (i) =>
    readyCart(shelves[i % shelves.length]!.variantId, `buyer-${run}-${i}@bench.example`),
  )
}

export const scenarios: Scenario[] = [
  {
    name: "floor",
    label: "floor: GET /store/regions (Medusa's smallest store call)",
    backends: ["ocop", "plain"],
    warmUp: true,
    prepare: async () => ({ requests: [get("/store/regions")] }),
  },
  {
    name: "store-list",
    label: "store list: /store/ocop/products, 24 by stars/group/province",
    backends: ["ocop"],
    warmUp: true,
    prepare: async ({ fixtures }) => ({
      requests: fixtures.listFilters.map((filter) => get(`/store/ocop/products?${filter}`)),
    }),
  },
  {
    name: "store-product",
    label: "store product: /store/ocop/products/:handle",
    backends: ["ocop"],
    warmUp: true,
    prepare: async ({ fixtures }) => ({
      requests: fixtures.products.map((product) => get(`/store/ocop/products/${product.handle}`)),
    }),
  },
  {
    name: "search",
    label: "search: /store/ocop/products?q=…, Postgres provider",
    backends: ["ocop"],
    warmUp: true,
    prepare: async ({ fixtures }) => ({
      requests: fixtures.searchTerms.map((term) =>
        get(`/store/ocop/products?limit=24&q=${encodeURIComponent(term)}`),
      ),
    }),
  },
  {
    name: "medusa-list",
    label: "Medusa list: /store/products, 24 a page",
    backends: ["ocop", "plain"],
    // Medusa reads every product id of the key's sales channel (20,000) and lists by that id
    // list: seconds per call at national scale with or without the plugin. More callers at
    // once only queue, and their work would spill into the next scenario.
    concurrencies: [1],
    warmUp: false,
    prepare: async () => ({
      requests: Array.from({ length: 20 }, (_, page) =>
        get(`/store/products?limit=24&offset=${page * 24}`),
      ),
    }),
  },
  {
    name: "medusa-product",
    label: "Medusa product: /store/products/:id with prices",
    backends: ["ocop", "plain"],
    warmUp: true,
    prepare: async ({ fixtures, regionId }) => ({
      requests: fixtures.products.map((product) =>
        get(`/store/products/${product.id}?region_id=${regionId}`),
      ),
    }),
  },
  {
    name: "add-to-cart",
    label: "add to cart: POST /store/carts/:id/line-items",
    backends: ["ocop", "plain"],
    warmUp: false,
    prepare: async (context, concurrency) => {
      const carts = await inBatches(Math.max(8, concurrency * 2), 8, () => emptyCart(context))
      const shelves = context.fixtures.shelves
      return {
        requests: Array.from({ length: carts.length * shelves.length }, (_, i) =>
          post(`/store/carts/${carts[i % carts.length]}/line-items`, {
            variant_id: shelves[Math.floor(i / carts.length) % shelves.length]!.variantId,
            quantity: 1,
          }),
        ),
      }
    },
  },
  {
    name: "checkout",
    label: "cart completion: POST /store/carts/:id/complete, cash on delivery",
    backends: ["ocop", "plain"],
    concurrencies: Object.keys(CHECKOUTS).map(Number),
    warmUp: false,
    prepare: async (context, concurrency) => {
      const amount = CHECKOUTS[concurrency] ?? concurrency
      const carts = await readyCarts(context, amount)
      return { requests: carts.map((id) => post(`/store/carts/${id}/complete`, {})), amount }
    },
  },
  {
    name: "dashboard",
    label: "officer dashboard: GET /admin/ocop/dashboard, a year or a quarter",
    backends: ["ocop"],
    // A few officers read it, not crowds: 64 at once would only queue.
    concurrencies: [1, 16],
    warmUp: true,
    prepare: async ({ backendUrl }) => {
      process.env.BACKEND_URL = backendUrl
      const year = new Date().getUTCFullYear()
      return {
        headers: { authorization: `Bearer ${await officerToken()}` },
        requests: [
          get("/admin/ocop/dashboard"),
          get(`/admin/ocop/dashboard?from=${year}-01-01&to=${year}-03-31`),
          get(`/admin/ocop/dashboard?format=csv&table=sales_by_place`),
        ],
      }
    },
  },
  {
    name: "ssr-listing",
    label: "storefront listing SSR: /products?stars/group/province",
    backends: ["ocop"],
    warmUp: true,
    prepare: async ({ fixtures }) => ({
      requests: fixtures.listFilters.map((filter) => {
        const params = new URLSearchParams(filter)
        params.delete("limit")
        return get(`/products?${params}`)
      }),
    }),
  },
  {
    name: "ssr-product",
    label: "storefront product page SSR: /products/:handle",
    backends: ["ocop"],
    warmUp: true,
    prepare: async ({ fixtures }) => ({
      requests: fixtures.products.map((product) => get(`/products/${product.handle}`)),
    }),
  },
]

/** Storefront scenarios load the storefront, every other one the backend under test. */
export const onStorefront = (scenario: Scenario) => scenario.name.startsWith("ssr-")
