import { hash } from "../lib/random"
import type { NationalProvince } from "./national"
import type { Province } from "./types"

/**
 * A national province in the shape the generators use: each listed commune is its own former
 * district, placed within about 30 km of the province's centre (a benchmark's map, not a survey).
 */
export function asProvince(province: NationalProvince): Province {
  return {
    name: province.name,
    code: province.code,
    districts: province.communes.map((name) => {
      const h = hash(`${province.name}/${name}`)
      const offset = (bits: number) => ((bits & 0xffff) / 0xffff - 0.5) * 0.5
      return {
        name,
        lat: Math.round((province.lat + offset(h)) * 10000) / 10000,
        lng: Math.round((province.lng + offset(h >>> 16)) * 10000) / 10000,
        communes: [name],
      }
    }),
  }
}

/** "Trung tâm OCOP tỉnh Sơn La", "Trung tâm OCOP thành phố Hồ Chí Minh". */
export const centreName = (province: NationalProvince) =>
  `Trung tâm OCOP ${province.city ? "thành phố" : "tỉnh"} ${province.name.replace(/^TP /, "")}`
