import type { PlaceInput } from "medusa-plugin-ocop/workflows"
import type { Commune } from "../geo/types"
import { hash } from "../lib/random"
import { openingHours, salesPointPrefix } from "./hours"

type Venue = NonNullable<PlaceInput["venue"]>

/** A few hundred metres around the commune's point, so places in one commune do not overlap. */
function near(commune: Commune, name: string) {
  const h = hash(name)
  const offset = (bits: number) => ((bits & 0xff) / 0xff - 0.5) * 0.01
  return {
    latitude: Math.round((commune.lat + offset(h)) * 100000) / 100000,
    longitude: Math.round((commune.lng + offset(h >>> 8)) * 100000) / 100000,
  }
}

/** A place at a commune: its address is the venue (or street) followed by commune and province. */
export function placeAt(
  commune: Commune,
  spec: {
    name: string
    type: PlaceInput["type"]
    venue?: Venue
    street?: string
    phone?: string
    pickup?: boolean
  },
): PlaceInput {
  return {
    name: spec.name,
    type: spec.type,
    venue: spec.venue ?? null,
    province: commune.province,
    commune: commune.name,
    legacy_district: commune.district === commune.name ? null : commune.district,
    address: `${spec.street ?? spec.name}, ${commune.name}, ${commune.province}`,
    ...near(commune, spec.name),
    opening_hours: openingHours(spec.type, spec.venue),
    phone: spec.phone ?? null,
    pickup: spec.pickup ?? false,
  }
}

/** A sales point at a named venue: "Điểm bán OCOP Bến xe phía Bắc Buôn Ma Thuột". */
export function salesPoint(commune: Commune, venue: Venue, venueName: string): PlaceInput {
  return placeAt(commune, {
    name: `${salesPointPrefix(venue)} ${venueName}`,
    type: "sales_point",
    venue,
    street: venueName,
  })
}
