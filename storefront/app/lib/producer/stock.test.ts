import { expect, test } from "vitest"
import { stockByPlace } from "./stock.ts"
import type { StockRow } from "./types.ts"

const row = (overrides: Partial<StockRow> & Pick<StockRow, "place">): StockRow => ({
  product_id: "prod_que",
  variant_id: "variant_1",
  variant_title: "Hộp 200 g",
  sku: null,
  stocked: 10,
  reserved: 2,
  available: 8,
  ...overrides,
})

const centre = {
  id: "pl_1",
  name: "Trung tâm OCOP tỉnh Quảng Nam",
  type: "provincial_centre" as const,
  province: "Quảng Nam",
}
const airport = {
  id: "pl_2",
  name: "Điểm bán OCOP sân bay Đà Nẵng",
  type: "sales_point" as const,
  province: "Đà Nẵng",
}

test("stock is grouped by place, with each place's totals and the products' names", () => {
  const titles = new Map([
    ["prod_que", "Quế Trà My"],
    ["prod_sam", "Sâm Ngọc Linh"],
  ])
  const places = stockByPlace(
    [
      row({ place: centre }),
      row({ place: airport, variant_id: "variant_2", stocked: 5, reserved: 0, available: 5 }),
      row({
        place: centre,
        product_id: "prod_sam",
        variant_id: "variant_3",
        variant_title: "Hũ",
        stocked: 3,
        reserved: 3,
        available: 0,
      }),
    ],
    titles,
  )
  expect(places.map((place) => place.place.name)).toEqual([airport.name, centre.name])
  const [, quangNam] = places
  expect(quangNam?.lines.map((line) => line.product_title)).toEqual(["Quế Trà My", "Sâm Ngọc Linh"])
  expect(quangNam?.totals).toEqual({ stocked: 13, reserved: 5, available: 8 })
})

test("a location outside the network still shows, after the network's places", () => {
  const other = { id: null, name: "sloc_01X", type: null, province: null }
  const places = stockByPlace(
    [row({ place: other }), row({ place: centre, variant_id: "variant_9" })],
    new Map(),
  )
  expect(places.map((place) => place.key)).toEqual(["pl_1", "location:sloc_01X"])
  expect(places[1]?.lines[0]?.product_title).toBe("prod_que")
})
