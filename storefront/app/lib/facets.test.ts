import { expect, test } from "vitest"
import { catalogueFacets, priceRange, topFacets } from "./facets.ts"

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
  expect(priceRange("under100k")).toEqual({ price_max: 99_999 })
  expect(priceRange("100k-300k")).toEqual({ price_min: 100_000, price_max: 299_999 })
  expect(priceRange("300k-1m")).toEqual({ price_min: 300_000, price_max: 999_999 })
  expect(priceRange("over1m")).toEqual({ price_min: 1_000_000 })
})

test("a filter offers the facets with most products, and keeps the selected one", () => {
  const facets = ["a", "b", "c", "d"].map((value, index) => ({
    value,
    label: value,
    count: 9 - index,
  }))
  expect(topFacets(facets, 2).map((facet) => facet.value)).toEqual(["a", "b"])
  expect(topFacets(facets, 2, "d").map((facet) => facet.value)).toEqual(["a", "b", "d"])
  expect(topFacets(facets, 2, "b").map((facet) => facet.value)).toEqual(["a", "b"])
  expect(topFacets(facets, 2, "unknown").map((facet) => facet.value)).toEqual(["a", "b"])
})
