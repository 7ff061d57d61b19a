import type { PlaceInput } from "medusa-plugin-ocop/workflows"
import { communesOf } from "../geo/communes"
import { dakLak } from "../geo/plan-provinces"
import type { Commune } from "../geo/types"
import { hash } from "../lib/random"
import { placeAt, salesPoint } from "./point"
import { showrooms } from "./showrooms"

type Venue = NonNullable<PlaceInput["venue"]>

export const DAK_LAK_CENTRE = "Trung tâm OCOP tỉnh Đắk Lắk"
/** Decision 1576/QĐ-UBND: at least 161 sales points inside the province. */
const SALES_POINTS = 161

/** Named venues of Đắk Lắk, by Decision 950/QĐ-BCT venue: [venue name, commune]. */
const venues: Record<Venue, readonly (readonly [string, string])[]> = {
  station: [
    ["Bến xe phía Bắc Buôn Ma Thuột", "Tân An"],
    ["Bến xe phía Nam Buôn Ma Thuột", "Khánh Xuân"],
    ["Bến xe Buôn Hồ", "An Lạc"],
    ["Bến xe Ea Kar", "Ea Kar"],
    ["Bến xe Phước An", "Phước An"],
    ["Bến xe Ea Drăng", "Ea Drăng"],
    ["Bến xe M'Đrắk", "M'Đrắk"],
    ["Bến xe Krông Năng", "Krông Năng"],
  ],
  airport: [
    ["Cảng hàng không Buôn Ma Thuột – nhà ga đi", "Hòa Thắng"],
    ["Cảng hàng không Buôn Ma Thuột – nhà ga đến", "Hòa Thắng"],
  ],
  highway_rest_stop: [
    ["Trạm dừng chân Quốc lộ 14 Ea H'leo", "Ea Khal"],
    ["Trạm dừng chân Quốc lộ 14 Krông Búk", "Pơng Drang"],
    ["Trạm dừng chân Quốc lộ 14 Cư Kuin", "Ea Ktur"],
    ["Trạm dừng chân Quốc lộ 26 Ea Kar", "Ea Đar"],
    ["Trạm dừng chân Quốc lộ 26 M'Đrắk", "Ea Lai"],
    ["Trạm dừng chân Quốc lộ 27 Lắk", "Liên Sơn"],
    ["Trạm dừng chân Quốc lộ 29 Krông Năng", "Phú Xuân"],
  ],
  shopping_centre: [
    ["Vincom Plaza Buôn Ma Thuột", "Tự An"],
    ["Trung tâm thương mại GO! Buôn Ma Thuột", "Tân An"],
    ["Co.opmart Buôn Ma Thuột", "Thành Nhất"],
    ["Co.opmart Buôn Hồ", "An Lạc"],
  ],
  supermarket_market: [
    ["Chợ trung tâm Buôn Ma Thuột", "Thành Nhất"],
    ["Chợ Tân Lập", "Tân Lập"],
    ["Chợ Buôn Hồ", "An Lạc"],
    ["Chợ Phước An", "Phước An"],
    ["Chợ Quảng Phú", "Quảng Phú"],
    ["Chợ Buôn Trấp", "Buôn Trấp"],
    ["Chợ Liên Sơn", "Liên Sơn"],
    ["Chợ Krông Kmar", "Krông Kmar"],
  ],
  tourist_site: [
    ["Khu du lịch Bản Đôn", "Krông Na"],
    ["Vườn quốc gia Yok Đôn", "Krông Na"],
    ["Bến thuyền hồ Lắk", "Liên Sơn"],
    ["Thác Dray Nur", "Dray Sáp"],
    ["Bảo tàng Thế giới Cà phê", "Tân Lập"],
    ["Làng cà phê Trung Nguyên", "Tân An"],
    ["Buôn Ako Dhông", "Tân Lập"],
    ["Hồ Ea Kao", "Ea Kao"],
    ["Khu du lịch Ko Tam", "Ea Tu"],
    ["Vườn quốc gia Chư Yang Sin", "Yang Mao"],
    ["Thác Krông Kmar", "Krông Kmar"],
    ["Di tích Nhà đày Buôn Ma Thuột", "Tự An"],
    ["Biệt điện Bảo Đại", "Thành Nhất"],
    ["Thác Thủy Tiên", "Ea Sin"],
    ["Hồ Buôn Triết", "Buôn Triết"],
  ],
  hotel_restaurant: [
    ["Khách sạn Mường Thanh Luxury Buôn Ma Thuột", "Thành Nhất"],
    ["Khách sạn Sài Gòn Ban Mê", "Thành Nhất"],
    ["Khách sạn Damsan", "Tân Lập"],
  ],
  craft_village: [
    ["Làng nghề dệt thổ cẩm buôn Tơng Jú", "Ea Kao"],
    ["Làng nghề dệt thổ cẩm buôn Hra Ea Tlang", "Cư Suê"],
    ["Làng nghề đan lát Buôn Đôn", "Ea Wer"],
    ["Làng nghề mây tre đan Ea Súp", "Ea Súp"],
  ],
  fair_centre: [
    ["Trung tâm Hội chợ – Triển lãm Buôn Ma Thuột", "Tân Lập"],
    ["Khu hội chợ Quảng trường 10 tháng 3", "Thành Nhất"],
  ],
  post_office: [["Bưu điện tỉnh Đắk Lắk", "Thành Nhất"]],
  administrative_centre: [["Trung tâm Phục vụ hành chính công tỉnh Đắk Lắk", "Tân Lập"]],
}

/** Venues every commune has; they fill the plan's count after the named ones. */
const everyCommune: readonly (readonly [Venue, (commune: string) => string])[] = [
  ["post_office", (commune) => `Bưu điện văn hóa ${commune}`],
  ["administrative_centre", (commune) => `Trung tâm phục vụ hành chính công ${commune}`],
  ["supermarket_market", (commune) => `Chợ ${commune}`],
  ["hotel_restaurant", (commune) => `Nhà hàng đặc sản Tây Nguyên ${commune}`],
]

/**
 * Đắk Lắk's showroom network (Decision 1576/QĐ-UBND, 2021–2025): 1 provincial centre, 15 local
 * centres (one per former district), 161 sales points and 24 showrooms outside the province.
 */
export function dakLakNetwork(): PlaceInput[] {
  const communes = communesOf(dakLak)
  const at = (name: string) => {
    const commune = communes.find((item) => item.name === name)
    if (!commune) throw new Error(`Unknown Đắk Lắk commune ${name}`)
    return commune
  }
  const centre = placeAt(at("Tân Lập"), {
    name: DAK_LAK_CENTRE,
    type: "provincial_centre",
    street: "Số 10 Lê Duẩn",
    phone: "0262 3852 010",
    pickup: true,
  })
  const locals = dakLak.districts.map((district, index) =>
    placeAt(at(district.communes[0]), {
      name: `Trung tâm OCOP khu vực ${district.name}`,
      type: "local_centre",
      street: `Trung tâm OCOP khu vực ${district.name}`,
      phone: `0262 38${String(53 + index).padStart(2, "0")} 1${String(index).padStart(2, "0")}`,
      pickup: true,
    }),
  )
  const named = Object.entries(venues).flatMap(([venue, list]) =>
    list.map(([name, commune]) => salesPoint(at(commune), venue as Venue, name)),
  )
  const names = new Set(named.map((place) => place.name))
  const fillers: PlaceInput[] = []
  const ordered = [...communes].sort((a, b) => hash(a.name) - hash(b.name))
  for (let i = 0; named.length + fillers.length < SALES_POINTS; i++) {
    const commune: Commune = ordered[i % ordered.length]
    const [venue, name] = everyCommune[i % everyCommune.length]
    const place = salesPoint(commune, venue, name(commune.name))
    if (names.has(place.name)) continue
    names.add(place.name)
    fillers.push(place)
  }
  return [centre, ...locals, ...named, ...fillers, ...showrooms("Đắk Lắk")]
}
