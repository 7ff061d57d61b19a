import { describe, expect, it } from "vitest"
import { searchFilters, searchOrder, searchText } from "../query"

const now = new Date("2026-01-01T00:00:00.000Z")

describe("search query building", () => {
  it("always filters on the certificate gate's expiry instant", () => {
    expect(searchFilters({ limit: 24, offset: 0 }, now)).toEqual({ listed_until: { $gt: now } })
  })

  it("maps every shopper filter onto the index fields", () => {
    expect(
      searchFilters(
        {
          group: "herbal",
          stars: 4,
          province: "Quảng Nam",
          producer: "htx-que-tra-my",
          price_min: 50000,
          price_max: 100000,
          in_stock_at: ["sloc_1"],
          limit: 24,
          offset: 0,
        },
        now,
      ),
    ).toEqual({
      listed_until: { $gt: now },
      product_group: "herbal",
      stars: { $gte: 4 },
      province: "Quảng Nam",
      producer_handle: "htx-que-tra-my",
      price_from: { $gte: 50000, $lte: 100000 },
      stock_location_ids: { $overlaps: ["sloc_1"] },
    })
  })

  it("keeps an unknown place as an empty stock filter, which matches nothing", () => {
    expect(searchFilters({ in_stock_at: [], limit: 1, offset: 0 }, now).stock_location_ids).toEqual(
      {
        $overlaps: [],
      },
    )
  })

  it("sorts with id last; relevance is the engine's with a query, newest without", () => {
    expect(searchOrder("relevance", true)).toBeUndefined()
    expect(searchOrder(undefined, true)).toBeUndefined()
    expect(searchOrder("relevance", false)).toEqual({ certified_at: "DESC", id: "ASC" })
    expect(searchOrder("price_asc", true)).toEqual({ price_from: "ASC", id: "ASC" })
    expect(searchOrder("stars", false)).toEqual({ stars: "DESC", certified_at: "DESC", id: "ASC" })
  })

  it("folds the text query and drops one that folds to nothing", () => {
    expect(searchText("  Quế  Trà My ")).toBe("que tra my")
    expect(searchText("   ")).toBeUndefined()
    expect(searchText(undefined)).toBeUndefined()
  })
})
