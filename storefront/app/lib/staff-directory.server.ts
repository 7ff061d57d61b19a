import { listPlaces } from "./ocop.server.ts"
import type { Place } from "./ocop-types.ts"

/**
 * Every centre, sales point and showroom of the network, for a transfer's destination (read
 * from the public store API).
 */
export async function directoryPlaces(signal?: AbortSignal): Promise<Place[]> {
  const places: Place[] = []
  for (let offset = 0; offset < 2_000; offset += 500) {
    const page = await listPlaces({ limit: 500, offset }, signal)
    places.push(...page.places)
    if (offset + page.places.length >= page.count || !page.places.length) break
  }
  return places
}
