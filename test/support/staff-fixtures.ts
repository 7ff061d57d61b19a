// Fixtures of the staff integration tests (vitest only: the Playwright specs share staff-api.ts).
import { beforeAll } from "vitest"
import { twoPlaces } from "./staff-api"

/**
 * A test file's two places and their staff as one fixture object, made by a `beforeAll` this
 * registers: call it at the top of the file, before the file's own `beforeAll` (vitest runs
 * them in order) that may use it.
 */
export function twoPlacesBeforeAll(...args: Parameters<typeof twoPlaces>) {
  const places = {} as Awaited<ReturnType<typeof twoPlaces>>
  beforeAll(async () => {
    Object.assign(places, await twoPlaces(...args))
  })
  return places
}
