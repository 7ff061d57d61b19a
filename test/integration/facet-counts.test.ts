// The listing's filter counts: each province and producer option says how many products the
// same query returns once that option is chosen (the storefront shows these numbers as-is).
import type { ProductListResponse } from "@ocop/shared"
import { describe, expect, it } from "vitest"
import { expectJson } from "../support/http"
import { storeFetch } from "../support/store-api"

type Body = ProductListResponse

async function list(params: Record<string, string | number>): Promise<Body> {
  const query = new URLSearchParams(
    Object.entries({ limit: 1, ...params }).map(([key, value]) => [key, String(value)]),
  )
  return expectJson<Body>(await storeFetch(`/store/ocop/products?${query}`), 200)
}

/** Browsing (listing table), another filter set, and a text query (search index). */
const QUERIES: Record<string, Record<string, string | number>> = {
  "the whole catalogue": {},
  "4★ and up": { stars: 4 },
  "one product group": { group: "food" },
  "a text query": { q: "ca phe" },
}

describe("facet counts equal what the filter returns", () => {
  for (const [name, params] of Object.entries(QUERIES)) {
    it(`province and producer counts on ${name}`, async () => {
      const base = await list(params)
      expect(base.facets.province.length, "provinces offered").toBeGreaterThan(0)
      expect(base.facets.producer.length, "producers offered").toBeGreaterThan(0)
      // Provinces partition the products: their counts add up to the query's count.
      const sum = base.facets.province.reduce((total, facet) => total + facet.count, 0)
      expect(sum).toBe(base.count)
      for (const facet of base.facets.province.slice(0, 4)) {
        const chosen = await list({ ...params, province: facet.value })
        expect(chosen.count, facet.value).toBe(facet.count)
      }
      for (const facet of base.facets.producer.slice(0, 4)) {
        expect(facet.name).not.toBe("")
        const chosen = await list({ ...params, producer: facet.handle })
        expect(chosen.count, facet.handle).toBe(facet.count)
        // The chosen producer stays offered, with the same count (the facet ignores itself).
        expect(chosen.facets.producer).toContainEqual(facet)
      }
    })
  }

  it("offers a selected producer outside the top, counted as its filter returns", async () => {
    const all = await list({})
    const top = new Set(all.facets.producer.map((facet) => facet.handle))
    let outside: string | undefined
    for (let offset = 0; !outside && offset < all.count; offset += 100) {
      const page = await list({ limit: 100, offset, order: "newest" })
      outside = page.products.map((p) => p.producer.handle).find((handle) => !top.has(handle))
    }
    if (!outside) {
      // Fewer producers than the facet offers: every one is in it.
      expect(all.facets.producer.length).toBeLessThan(30)
      return
    }
    const chosen = await list({ producer: outside })
    expect(chosen.facets.producer.find((facet) => facet.handle === outside)?.count).toBe(
      chosen.count,
    )
  })
})
