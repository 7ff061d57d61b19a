import type { PlaceInput } from "medusa-plugin-ocop/workflows"
import { communesOf } from "../geo/communes"
import { nationalProvinces } from "../geo/national"
import { asProvince, centreName } from "../geo/national-province"
import { placeAt, salesPoint } from "./point"

type Venue = NonNullable<PlaceInput["venue"]>

/** Decision 950/QĐ-BCT venues every province has, with the venue's name at a commune. */
const venues: readonly (readonly [Venue, string])[] = [
  ["supermarket_market", "Chợ"],
  ["post_office", "Bưu điện văn hóa"],
  ["administrative_centre", "Trung tâm phục vụ hành chính công"],
  ["station", "Bến xe"],
  ["tourist_site", "Khu du lịch"],
  ["hotel_restaurant", "Nhà hàng đặc sản"],
  ["shopping_centre", "Siêu thị"],
  ["highway_rest_stop", "Trạm dừng chân"],
  ["craft_village", "Làng nghề"],
  ["fair_centre", "Khu hội chợ"],
]

const SALES_POINTS = 77

/**
 * The national benchmark's network: in each province but Đắk Lắk (whose plan the demo loads in
 * full), a provincial centre, a local centre per commune listed and 77 sales points — with the
 * demo's 210 places, over 3,000 stock locations across the 34 provinces. No pickup options here:
 * every cart would list hundreds of them.
 */
export function nationalNetwork(): PlaceInput[] {
  return nationalProvinces
    .filter((province) => province.name !== "Đắk Lắk")
    .flatMap((national) => {
      const communes = communesOf(asProvince(national))
      const suffix = ` (${national.name})`
      const centre = placeAt(communes[0], { name: centreName(national), type: "provincial_centre" })
      const locals = communes.map((commune) =>
        placeAt(commune, {
          name: `Trung tâm OCOP khu vực ${commune.name}${suffix}`,
          type: "local_centre",
        }),
      )
      const points = Array.from({ length: SALES_POINTS }, (_, i) => {
        const commune = communes[i % communes.length]
        const [venue, label] = venues[Math.floor(i / communes.length) % venues.length]
        const point = salesPoint(commune, venue, `${label} ${commune.name}`)
        return { ...point, name: `${point.name}${suffix}` }
      })
      return [centre, ...locals, ...points]
    })
}
