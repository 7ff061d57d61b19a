import type { Place } from "@ocop/shared"

const vietnamese = new Intl.Collator("vi")

/** The provinces the network reaches, in Vietnamese alphabetical order. */
export function placeProvinces(places: Place[]): string[] {
  return [...new Set(places.map((place) => place.province))].sort(vietnamese.compare)
}

/** Places by province, then name, in Vietnamese alphabetical order. */
export function sortPlaces(places: Place[]): Place[] {
  return [...places].sort(
    (a, b) => vietnamese.compare(a.province, b.province) || vietnamese.compare(a.name, b.name),
  )
}
