import type { PlaceInput } from "medusa-plugin-ocop/workflows"
import { communesOf } from "../geo/communes"
import { quangNam } from "../geo/plan-provinces"
import { placeAt } from "./point"

export const QUANG_NAM_CENTRE = "Trung tâm OCOP tỉnh Quảng Nam"

/** Former districts of Quảng Nam with a local OCOP centre. */
const localCentres = [
  "Hội An",
  "Điện Bàn",
  "Duy Xuyên",
  "Đại Lộc",
  "Tiên Phước",
  "Bắc Trà My",
  "Nam Giang",
  "Đông Giang",
]

/** Quảng Nam's OCOP centres: the provincial centre in Tam Kỳ and eight local centres. */
export function quangNamCentres(): PlaceInput[] {
  const communes = communesOf(quangNam)
  const seat = (district: string) => communes.find((commune) => commune.district === district)!
  return [
    placeAt(seat("Tam Kỳ"), {
      name: QUANG_NAM_CENTRE,
      type: "provincial_centre",
      street: "Số 2 Hùng Vương",
      phone: "0235 3810 102",
      pickup: true,
    }),
    ...localCentres.map((district, index) =>
      placeAt(seat(district), {
        name: `Trung tâm OCOP khu vực ${district}`,
        type: "local_centre",
        street: `Trung tâm OCOP khu vực ${district}`,
        phone: `0235 38${String(20 + index)} 2${String(index).padStart(2, "0")}`,
        pickup: true,
      }),
    ),
  ]
}
