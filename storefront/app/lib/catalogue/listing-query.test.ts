import { describe, expect, test } from "vitest"
import { listingSearchString, pageCount } from "./listing.ts"
import { parseListingSearch, toProductListQuery } from "./listing-query.ts"

const parse = (query: string) => parseListingSearch(new URLSearchParams(query))

describe("parseListingSearch", () => {
  test("no params: every filter off, relevance order, first page", () => {
    expect(parse("")).toEqual({ order: "relevance", page: 1 })
  })

  test("reads every filter of the form", () => {
    expect(
      parse("q=qu%E1%BA%BF&group=herbal&stars=4&province=Qu%E1%BA%A3ng+Nam&order=price_asc&page=2"),
    ).toEqual({
      q: "quế",
      group: "herbal",
      stars: 4,
      province: "Quảng Nam",
      order: "price_asc",
      page: 2,
    })
  })

  test("empty form fields switch their filter off", () => {
    expect(parse("q=++&group=&stars=&province=&order=relevance")).toEqual({
      order: "relevance",
      page: 1,
    })
  })

  test("rejects unknown groups, orders and malformed values instead of failing the page", () => {
    expect(parse("group=weapons&order=cheapest&stars=many&page=abc&producer=Bad Handle")).toEqual({
      order: "relevance",
      page: 1,
    })
    expect(parse(`q=${"x".repeat(101)}`).q).toBeUndefined()
  })

  test("clamps stars to the 3–5 range shoppers can see and pages to 1–500", () => {
    expect(parse("stars=1").stars).toBe(3)
    expect(parse("stars=9").stars).toBe(5)
    expect([3, 4, 5].map((stars) => parse(`stars=${stars}`).stars)).toEqual([3, 4, 5])
    expect(parse("page=0").page).toBe(1)
    expect(parse("page=-4").page).toBe(1)
    expect(parse("page=100000").page).toBe(500)
  })
})

describe("toProductListQuery", () => {
  test("asks the backend for 24 products at the page's offset, in the page's locale", () => {
    const query = toProductListQuery(parse("stars=5&page=3"), "en")
    expect(query).toMatchObject({ stars: 5, limit: 24, offset: 48, locale: "en" })
  })

  test("relevance is the backend's default order, so it is not sent", () => {
    expect(toProductListQuery(parse("q=tr%C3%A0"), "vi").order).toBeUndefined()
    expect(toProductListQuery(parse("order=newest"), "vi").order).toBe("newest")
  })

  test("sends the price band and 'in stock near me' as backend filters", () => {
    const query = toProductListQuery(parse("price=300k-1m&near=Qu%E1%BA%A3ng+Nam"), "vi")
    expect(query).toMatchObject({
      price_min: 300_000,
      price_max: 999_999,
      in_stock_province: "Quảng Nam",
    })
  })
})

describe("listing links", () => {
  test("keep the active filters and drop defaults", () => {
    const search = parse("group=food&order=relevance&page=2")
    expect(listingSearchString(search, 3)).toBe("?group=food&page=3")
    expect(listingSearchString(search, 1)).toBe("?group=food")
    expect(listingSearchString(parse(""), 1)).toBe("")
  })

  test("count pages of 24, with at least one page", () => {
    expect(pageCount(0)).toBe(1)
    expect(pageCount(24)).toBe(1)
    expect(pageCount(25)).toBe(2)
  })
})

describe("the storefront-side filters", () => {
  test("read the price band and the province of 'in stock near me'", () => {
    expect(parse("price=100k-300k&near=%C4%90%E1%BA%AFk+L%E1%BA%AFk")).toMatchObject({
      price: "100k-300k",
      near: "Đắk Lắk",
    })
    expect(parse("price=free").price).toBeUndefined()
  })

  test("are kept in page links", () => {
    expect(listingSearchString(parse("price=over1m&near=Hu%E1%BA%BF"), 2)).toBe(
      "?price=over1m&near=Hu%E1%BA%BF&page=2",
    )
  })
})
