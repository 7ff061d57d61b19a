import { expect, test } from "vitest"
import { filterFacets, priceRange } from "./facets.ts"

test("the filter's options are the backend's facets: provinces by name, producers by handle", () => {
  const facets = filterFacets({
    stars: [],
    product_group: [],
    province: [{ value: "Đắk Lắk", count: 2 }],
    producer: [{ handle: "ca-phe-ban-me", name: "Công ty Cà phê Ban Mê", count: 2 }],
    price: null,
  })
  expect(facets.provinces).toEqual([{ value: "Đắk Lắk", label: "Đắk Lắk", count: 2 }])
  expect(facets.producers).toEqual([
    { value: "ca-phe-ban-me", label: "Công ty Cà phê Ban Mê", count: 2 },
  ])
})

test("price bands hold whole đồng from their lower bound up to, not including, the next", () => {
  expect(priceRange("under100k")).toEqual({ price_max: 99_999 })
  expect(priceRange("100k-300k")).toEqual({ price_min: 100_000, price_max: 299_999 })
  expect(priceRange("300k-1m")).toEqual({ price_min: 300_000, price_max: 999_999 })
  expect(priceRange("over1m")).toEqual({ price_min: 1_000_000 })
})
