import { hash } from "../lib/random"
import type { Commune, Province } from "./types"

/**
 * A commune's map point: its district's centre moved by up to ±0.05° (about 5 km), the same
 * for a given name on every run — close enough for a map pin, never in the next province.
 */
export function communesOf(province: Province): Commune[] {
  return province.districts.flatMap((district) =>
    district.communes.map((name) => {
      const h = hash(`${province.name}/${district.name}/${name}`)
      const dLat = ((h & 0xffff) / 0xffff - 0.5) * 0.1
      const dLng = ((h >>> 16) / 0xffff - 0.5) * 0.1
      return {
        name,
        province: province.name,
        district: district.name,
        lat: round(district.lat + dLat),
        lng: round(district.lng + dLng),
      }
    }),
  )
}

const round = (value: number) => Math.round(value * 10000) / 10000
