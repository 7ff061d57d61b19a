import { listPlaces } from "../catalogue/ocop.server.ts"
import type { Place } from "@ocop/shared"

/**
 * The centres, sales points and showrooms of one province, for a transfer's destination (read
 * from the public store API, every page: a province holds a few hundred places at most).
 */
export async function provincePlaces(province: string, signal?: AbortSignal): Promise<Place[]> {
  const places: Place[] = []
  for (let offset = 0; ; offset += 500) {
    const page = await listPlaces({ province, limit: 500, offset }, signal)
    places.push(...page.places)
    if (offset + page.places.length >= page.count || !page.places.length) return places
  }
}
