import { cached } from "#app/lib/core/concurrency.ts"
import { provinceOptions } from "#app/lib/core/provinces.ts"
import { listPlaces } from "./ocop.server.ts"

const fetchPlaceProvinces = cached(5 * 60_000, async () => {
  const { places } = await listPlaces({ limit: 500 })
  return provinceOptions(places.map((place) => place.province))
})

/**
 * The provinces that have OCOP places (kept 5 minutes), for the places directory's filter and
 * the listing's "in stock at a centre near me"; the full list of provinces if the backend fails.
 */
export function placeProvinces() {
  return fetchPlaceProvinces().catch(() => provinceOptions([]))
}
