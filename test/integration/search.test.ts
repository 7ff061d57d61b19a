// Product search: Vietnamese-aware, typo-tolerant, and never past the certificate gate.
import type { ProductListResponse } from "@ocop/shared"
import { describe, expect, it } from "vitest"
import { eventually } from "../support/eventually"
import { adminFetch, createCandidateProduct, recordCertificate } from "../support/admin-api"
import { expectJson, post } from "../support/http"
import { storeFetch } from "../support/store-api"

type SearchBody = ProductListResponse

/** 1–2★, expired and revoked products of the seed: never visible, whatever is asked. */
const CONTROLS = [
  "mat-ong-rung-2-sao",
  "banh-trang-1-sao",
  "ca-phe-chon-het-han",
  "nuoc-mam-thu-hoi",
]

async function search(params: Record<string, string | number> = {}): Promise<SearchBody> {
  const query = new URLSearchParams(
    Object.entries({ limit: 100, ...params }).map(([key, value]) => [key, String(value)]),
  )
  return expectJson<SearchBody>(await storeFetch(`/store/ocop/products?${query}`), 200)
}

const handles = (body: SearchBody) => body.products.map((product) => product.handle)

/** Every product a query returns, page by page (a page holds at most 100). */
async function searchAll(params: Record<string, string | number> = {}): Promise<string[]> {
  const found: string[] = []
  for (let offset = 0; ; offset += 100) {
    const page = await search({ ...params, limit: 100, offset })
    found.push(...handles(page))
    if (offset + 100 >= page.count) {
      expect(found).toHaveLength(page.count)
      return found
    }
  }
}

describe("product search", () => {
  it("matches Vietnamese without diacritics: 'ca phe buon ma thuot', 'que tra my', 'dak lak'", async () => {
    expect(handles(await search({ q: "ca phe buon ma thuot" }))[0]).toBe(
      "ca-phe-robusta-buon-ma-thuot",
    )
    expect(handles(await search({ q: "que tra my" }))[0]).toBe("que-tra-my-thanh")
    expect(handles(await search({ q: "Quế Trà My" }))[0]).toBe("que-tra-my-thanh")
    const dakLak = await search({ q: "dak lak" })
    expect(dakLak.count).toBeGreaterThan(0)
    expect(dakLak.products.every((product) => product.province === "Đắk Lắk")).toBe(true)
  })

  it("finds a product despite a typo in a word of five letters or more", async () => {
    expect(handles(await search({ q: "ca phe buon ma thuat" }))[0]).toBe(
      "ca-phe-robusta-buon-ma-thuot",
    )
    expect(handles(await search({ q: "que tra my thahn" }))).toEqual(["que-tra-my-thanh"])
  })

  it("searches the English titles and stories too", async () => {
    expect(handles(await search({ q: "cinnamon" }))).toContain("que-tra-my-thanh")
    expect(handles(await search({ q: "ginseng" }))).toContain("sam-ngoc-linh-tuoi")
  })

  it("never shows a 1–2★, expired or revoked product, for any query", async () => {
    const queries = [
      "",
      "mat ong",
      "banh trang",
      "ca phe",
      "ca phe chon",
      "mut buoi",
      "2 sao",
      "1 sao",
    ]
    for (const q of queries) {
      // Every page: the catalogue is larger than one page, and q="" returns all of it.
      const found = await searchAll(q ? { q } : {})
      for (const control of CONTROLS) expect(found, q).not.toContain(control)
    }
  })

  it("drops a product from search results within seconds of its revocation", async () => {
    const { product, tag } = await createCandidateProduct("Mứt gừng Quảng Nam")
    const cert = await recordCertificate(product.id, { stars: 4, score: 75 })
    await eventually(async () => {
      expect(handles(await search({ q: `mut gung ${tag}` }))).toContain(product.handle)
    })
    await expectJson(
      await adminFetch(`/admin/ocop/certifications/${cert.id}/revoke`, post({ reason: "Thu hồi" })),
      200,
    )
    expect(handles(await search({ q: `mut gung ${tag}` }))).not.toContain(product.handle)
    // Facets come straight from the index: once they no longer count it, the index dropped it.
    await eventually(async () => {
      const body = await search({ q: `mut gung ${tag}` })
      expect(body.facets.stars).toEqual([])
    })
  })

  it("filters by stars, group, province and producer, with facets for each", async () => {
    const five = await search({ stars: 5 })
    expect(five.count).toBeGreaterThan(0)
    expect(five.products.every((product) => product.stars === 5)).toBe(true)

    const herbal = await search({ q: "tra my", group: "herbal" })
    expect(handles(herbal)).toContain("que-tra-my-thanh")
    expect(herbal.products.every((product) => product.product_group === "herbal")).toBe(true)
    // Disjunctive: the group facet still offers the other groups that match "tra my".
    expect(herbal.facets.product_group.length).toBeGreaterThan(1)

    const quangNam = await search({ province: "Quảng Nam" })
    expect(quangNam.products.every((product) => product.province === "Quảng Nam")).toBe(true)
    const all = await search()
    const counted = all.facets.province.find((facet) => facet.value === "Quảng Nam")
    expect(counted?.count).toBe(quangNam.count)
    expect(all.facets.stars.reduce((sum, facet) => sum + facet.count, 0)).toBe(all.count)

    const producer = all.products[0].producer.handle
    const byProducer = await search({ producer })
    expect(byProducer.products.every((product) => product.producer.handle === producer)).toBe(true)
  })

  it("filters by a price range in whole đồng, both ends included", async () => {
    const all = await search()
    const prices = all.products.map((product) => product.price?.amount ?? 0).sort((a, b) => a - b)
    const [low, high] = [
      prices[Math.floor(prices.length / 4)],
      prices[Math.floor(prices.length / 2)],
    ]
    const band = await search({ price_min: low, price_max: high })
    expect(band.count).toBeGreaterThan(0)
    expect(band.count).toBeLessThan(all.count)
    for (const product of band.products) {
      expect(product.price?.amount).toBeGreaterThanOrEqual(low)
      expect(product.price?.amount).toBeLessThanOrEqual(high)
    }
    expect(band.products.some((product) => product.price?.amount === low)).toBe(true)
    expect((await search({ price_min: high + 1, price_max: low })).count).toBe(0)
  })

  it("filters by stock at a place and at any place of a province", async () => {
    type Availability = { id: string; province: string; available: number }
    const detail = await expectJson<{ product: { availability: Availability[] } }>(
      await storeFetch("/store/ocop/products/que-tra-my-thanh"),
      200,
    )
    const stocked = detail.product.availability.find((place) => place.available > 0)
    if (!stocked) throw new Error("the seed puts que-tra-my-thanh on some shelf")

    const atPlace = await search({ place: stocked.id, q: "que tra my" })
    expect(handles(atPlace)).toContain("que-tra-my-thanh")
    const inProvince = await search({ in_stock_province: stocked.province, q: "que tra my" })
    expect(handles(inProvince)).toContain("que-tra-my-thanh")
    const both = await search({ place: stocked.id, in_stock_province: stocked.province })
    expect(handles(both)).toContain("que-tra-my-thanh")

    // No OCOP place in the province, or a place in another one: nothing is in stock there.
    expect((await search({ in_stock_province: "Tỉnh không có" })).count).toBe(0)
    const elsewhere = stocked.province === "Quảng Nam" ? "Đắk Lắk" : "Quảng Nam"
    expect((await search({ place: stocked.id, in_stock_province: elsewhere })).count).toBe(0)
  })

  it("refuses malformed filters with a 400 that says which", async () => {
    for (const query of [
      "price_min=-1",
      "price_max=1.5",
      "price_min=abc",
      "stars=2",
      "colour=red",
    ]) {
      const response = await storeFetch(`/store/ocop/products?${query}`)
      expect(response.status, query).toBe(400)
      const body = (await response.json()) as { message: string }
      expect(body.message, query).toMatch(new RegExp(query.split("=")[0]))
    }
  })

  it("sorts by price and by stars, and pages stably", async () => {
    const prices = (await search({ order: "price_asc" })).products.map((p) => p.price?.amount ?? 0)
    expect(prices).toEqual([...prices].sort((a, b) => a - b))
    const descending = (await search({ order: "price_desc" })).products.map(
      (p) => p.price?.amount ?? 0,
    )
    expect(descending).toEqual([...descending].sort((a, b) => b - a))
    const stars = (await search({ order: "stars" })).products.map((p) => p.stars)
    expect(stars).toEqual([...stars].sort((a, b) => b - a))

    const all = await search({ order: "newest" })
    const firstPage = await search({ order: "newest", limit: 5, offset: 0 })
    const secondPage = await search({ order: "newest", limit: 5, offset: 5 })
    expect([...handles(firstPage), ...handles(secondPage)]).toEqual(handles(all).slice(0, 10))
    expect(firstPage).toMatchObject({ count: all.count, limit: 5, offset: 0 })
  })
})
