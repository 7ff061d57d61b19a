import { expect, test } from "vitest"
import { resources } from "#app/locales/index.ts"
import { PLACE_TYPES, SALES_POINT_VENUES } from "@ocop/shared"
import { groupByProvince } from "./places.ts"

test("places are grouped by province in Vietnamese alphabetical order", () => {
  const groups = groupByProvince([
    { name: "Điểm bán sân bay Buôn Ma Thuột", province: "Đắk Lắk" },
    { name: "Trung tâm OCOP Đà Nẵng", province: "Đà Nẵng" },
    { name: "Trung tâm OCOP tỉnh Đắk Lắk", province: "Đắk Lắk" },
    { name: "Showroom OCOP Hà Nội", province: "Hà Nội" },
  ])
  expect(groups.map((group) => [group.province, group.places.length])).toEqual([
    ["Đà Nẵng", 1],
    ["Đắk Lắk", 2],
    ["Hà Nội", 1],
  ])
  expect(groups[1]?.places[0]?.name).toBe("Điểm bán sân bay Buôn Ma Thuột")
})

test("every place type and sales-point venue has a name in both languages", () => {
  for (const locale of ["vi", "en"] as const) {
    const { places } = resources[locale].common
    for (const type of PLACE_TYPES) expect(places.type[type]).toBeTruthy()
    for (const venue of SALES_POINT_VENUES) expect(places.venue[venue]).toBeTruthy()
  }
})
