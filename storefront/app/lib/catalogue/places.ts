import type { PlaceType, SalesPointVenue } from "@ocop/shared"

/** Places grouped by province, provinces in Vietnamese alphabetical order, order kept within. */
export function groupByProvince<T extends { province: string }>(
  places: readonly T[],
): { province: string; places: T[] }[] {
  const groups = new Map<string, T[]>()
  for (const place of places) {
    const group = groups.get(place.province)
    if (group) group.push(place)
    else groups.set(place.province, [place])
  }
  return [...groups]
    .sort(([a], [b]) => a.localeCompare(b, "vi"))
    .map(([province, grouped]) => ({ province, places: grouped }))
}

export function placeTypeLabelKey(type: PlaceType) {
  return `places.type.${type}` as const
}

export function venueLabelKey(venue: SalesPointVenue) {
  return `places.venue.${venue}` as const
}
