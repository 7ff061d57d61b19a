import { expect, test } from "vitest"
import { catalogueFacets, inPriceBand } from "./facets.ts"

const product = (province: string, handle: string, name: string) => ({
  province,
  producer: { id: `ocpr_${handle}`, handle, name },
})

test("facets count listed products per province and producer, most first", () => {
  const facets = catalogueFacets([
    product("Quảng Nam", "htx-que-tra-my", "HTX Quế Trà My"),
    product("Đắk Lắk", "ca-phe-ban-me", "Công ty Cà phê Ban Mê"),
    product("Đắk Lắk", "ca-phe-ban-me", "Công ty Cà phê Ban Mê"),
  ])
  expect(facets.provinces).toEqual([
    { value: "Đắk Lắk", label: "Đắk Lắk", count: 2 },
    { value: "Quảng Nam", label: "Quảng Nam", count: 1 },
  ])
  expect(facets.producers[0]).toEqual({
    value: "ca-phe-ban-me",
    label: "Công ty Cà phê Ban Mê",
    count: 2,
  })
})

test("price bands hold whole đồng from their lower bound up to, not including, the next", () => {
  const vnd = (amount: number) => ({ amount, currency_code: "vnd" as const })
  expect(inPriceBand(vnd(99_999), "under100k")).toBe(true)
  expect(inPriceBand(vnd(100_000), "under100k")).toBe(false)
  expect(inPriceBand(vnd(100_000), "100k-300k")).toBe(true)
  expect(inPriceBand(vnd(2_500_000), "over1m")).toBe(true)
  expect(inPriceBand(null, "under100k")).toBe(false)
})
