import type { PlaceInput } from "medusa-plugin-ocop/workflows"
import type { Commune } from "../geo/types"
import { placeAt } from "./point"

/** Wards of the three big cities where provinces open showrooms, with their map points. */
const cityWards: Record<string, readonly (readonly [string, number, number])[]> = {
  "Hà Nội": [
    ["Hoàn Kiếm", 21.0285, 105.8542],
    ["Ba Đình", 21.034, 105.814],
    ["Cầu Giấy", 21.033, 105.79],
    ["Đống Đa", 21.018, 105.829],
    ["Hai Bà Trưng", 21.006, 105.857],
    ["Tây Hồ", 21.068, 105.818],
    ["Long Biên", 21.047, 105.889],
    ["Hà Đông", 20.971, 105.778],
    ["Thanh Xuân", 20.994, 105.81],
    ["Hoàng Mai", 20.974, 105.863],
  ],
  "TP Hồ Chí Minh": [
    ["Sài Gòn", 10.7769, 106.7009],
    ["Bến Thành", 10.7725, 106.698],
    ["Tân Định", 10.789, 106.69],
    ["Bàn Cờ", 10.772, 106.68],
    ["Xuân Hòa", 10.78, 106.688],
    ["Phú Nhuận", 10.799, 106.68],
    ["Gia Định", 10.803, 106.696],
    ["Thủ Đức", 10.85, 106.772],
    ["Bình Thạnh", 10.81, 106.709],
    ["Chợ Lớn", 10.754, 106.658],
  ],
  "Đà Nẵng": [
    ["Hải Châu", 16.06, 108.22],
    ["Thanh Khê", 16.066, 108.192],
    ["Sơn Trà", 16.08, 108.24],
    ["Ngũ Hành Sơn", 16.0, 108.25],
  ],
}

/** A province's showrooms in Hà Nội, Đà Nẵng and TP Hồ Chí Minh: 10 + 4 + 10 = 24. */
export function showrooms(province: string): PlaceInput[] {
  return Object.entries(cityWards).flatMap(([city, wards]) =>
    wards.map(([ward, lat, lng]) => {
      const commune: Commune = { name: ward, province: city, district: ward, lat, lng }
      return placeAt(commune, {
        name: `Showroom OCOP ${province} – ${ward}, ${city}`,
        type: "showroom",
        street: `Showroom OCOP ${province}`,
      })
    }),
  )
}
