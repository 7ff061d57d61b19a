import { describe, expect, it } from "vitest"
import { type FacetCell, facetsFromCube } from "../facets"

const cell = (
  stars: number,
  product_group: string,
  province: string,
  count: number,
  min_price: number,
  max_price: number,
): FacetCell => ({ stars, product_group, province, count, min_price, max_price })

const cube = [
  cell(5, "drink", "Đắk Lắk", 2, 85000, 140000),
  cell(4, "food", "Đắk Lắk", 3, 70000, 150000),
  cell(4, "herbal", "Quảng Nam", 1, 85000, 85000),
  cell(3, "food", "Quảng Nam", 4, 45000, 120000),
]

describe("browse facets from the listing table", () => {
  it("counts every value when nothing is filtered", () => {
    expect(facetsFromCube(cube, cube, { limit: 24, offset: 0 })).toEqual({
      stars: [
        { value: 5, count: 2 },
        { value: 4, count: 4 },
        { value: 3, count: 4 },
      ],
      product_group: [
        { value: "food", count: 7 },
        { value: "drink", count: 2 },
        { value: "herbal", count: 1 },
      ],
      province: [
        { value: "Quảng Nam", count: 5 },
        { value: "Đắk Lắk", count: 5 },
      ],
      price: { min: 45000, max: 150000 },
    })
  })

  it("counts each facet under the other filters only, as the search index does", () => {
    const facets = facetsFromCube(cube, cube, {
      group: "food",
      province: "Đắk Lắk",
      limit: 24,
      offset: 0,
    })
    expect(facets.stars).toEqual([{ value: 4, count: 3 }])
    expect(facets.product_group).toEqual([
      { value: "food", count: 3 },
      { value: "drink", count: 2 },
    ])
    expect(facets.province).toEqual([
      { value: "Quảng Nam", count: 4 },
      { value: "Đắk Lắk", count: 3 },
    ])
    expect(facets.price).toEqual({ min: 70000, max: 150000 })
  })

  it("takes the price range from the cube without the price filter", () => {
    const priced = [cell(4, "food", "Đắk Lắk", 1, 70000, 70000)]
    const facets = facetsFromCube(priced, cube, { price_max: 80000, limit: 24, offset: 0 })
    expect(facets.stars).toEqual([{ value: 4, count: 1 }])
    expect(facets.price).toEqual({ min: 45000, max: 150000 })
  })
})
