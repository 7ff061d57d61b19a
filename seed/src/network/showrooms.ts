import type { PlaceInput } from "medusa-plugin-ocop/workflows"
import type { Commune } from "../geo/types"
import cityWards from "./city-wards.json"
import { placeAt } from "./point"

/**
 * A province's showrooms in the wards of Hà Nội, Đà Nẵng and TP Hồ Chí Minh listed with their
 * map points in city-wards.json: 10 + 4 + 10 = 24.
 */
export function showrooms(province: string): PlaceInput[] {
  return Object.entries(cityWards).flatMap(([city, wards]) =>
    wards.map(({ ward, lat, lng }) => {
      const commune: Commune = { name: ward, province: city, district: ward, lat, lng }
      return placeAt(commune, {
        name: `Showroom OCOP ${province} – ${ward}, ${city}`,
        type: "showroom",
        street: `Showroom OCOP ${province}`,
      })
    }),
  )
}
