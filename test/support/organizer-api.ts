// Fair organisers over real HTTP: an officer opens the account, the person claims it.
import { adminFetch } from "./admin-api"
import { expectJson, post } from "./http"
import { claimInvitation, unique } from "./auth-api"
import { sql } from "./db"
import { backendUrl } from "./env"
import { mailbox } from "./mailbox"

export const ORGANIZER_PASSWORD = "Ocop@2026-fair"
const PASSWORD = ORGANIZER_PASSWORD

/** An officer opens an organiser's account; the person claims it with the mailed token. */
export async function organizer() {
  return (await organizerAccount()).token
}

/** An organiser's account, claimed: its email (to sign in in a browser) and its API token. */
export async function organizerAccount() {
  const email = `organizer-${unique()}@example.com`
  await mailbox() // listening before the invitation is sent
  await expectJson(await adminFetch("/admin/ocop/organizer-users", post({ email })), 201)
  return { email, token: await claimInvitation("organizer", email, PASSWORD) }
}

export function organizerFetch(token: string, path: string, init: RequestInit = {}) {
  const headers = new Headers(init.headers)
  headers.set("authorization", `Bearer ${token}`)
  if (typeof init.body === "string") headers.set("content-type", "application/json")
  return fetch(new URL(path, backendUrl()), { ...init, headers })
}

const DAY = 864e5

export type TestFair = { id: string; slug: string; place_id: string; ends_at: string }

/** A fair running now (or at the given offsets in days from now; fractions are fine). */
export async function createFair(token: string, startDays = -1, endDays = 2): Promise<TestFair> {
  const slug = `hoi-cho-${unique()}`
  const { fair } = await expectJson(
    await organizerFetch(
      token,
      "/organizer/fairs",
      post({
        slug,
        name: `Hội chợ OCOP ${slug}`,
        name_en: `OCOP fair ${slug}`,
        venue: "Quảng trường 10/3",
        province: "Đắk Lắk",
        commune: "Buôn Ma Thuột",
        address: "Quảng trường 10/3, Buôn Ma Thuột",
        starts_at: new Date(Date.now() + startDays * DAY).toISOString(),
        ends_at: new Date(Date.now() + endDays * DAY).toISOString(),
      }),
    ),
    201,
  )
  return fair as TestFair
}

/**
 * The fair ends now: its end moves to a second ago in the database, as the clock would move it.
 * The server reads the end from the database on every move (steps/check-fair-ground.ts), so
 * this is the same as waiting; waiting on the real clock for a short fair cost 20 s a test.
 */
export async function endFairNow(fair: TestFair) {
  await sql(`update ocop_fair set ends_at = now() - interval '1 second' where id = $1`, [fair.id])
}

/** An officer links a place to a fair: the fair's stock may come from it and go back to it. */
export function linkPlace(fairId: string, placeId: string) {
  return adminFetch(`/admin/ocop/fairs/${fairId}/places`, post({ place_id: placeId }))
}

/** The organiser's own id. */
export async function organizerId(token: string) {
  const { organizer_user } = await expectJson(await organizerFetch(token, "/organizer/me"), 200)
  return organizer_user.id as string
}

/** Units of a variant on the fair ground, as the organiser reads them. */
export async function groundStock(token: string, fairId: string, variantId: string) {
  const { stock } = await expectJson(
    await organizerFetch(token, `/organizer/fairs/${fairId}/stock`),
    200,
  )
  const row = stock.find((line: { variant_id: string }) => line.variant_id === variantId)
  return (row?.stocked ?? 0) as number
}

/** A booth for the producer at the fair, showing the product: the fair's catalog lists it. */
export async function exhibit(
  token: string,
  fairId: string,
  entry: { producer_id: string; product_id: string; number?: string },
) {
  const { booth } = await expectJson(
    await organizerFetch(
      token,
      `/organizer/fairs/${fairId}/booths`,
      post({ number: entry.number ?? "A01", producer_id: entry.producer_id }),
    ),
    201,
  )
  await expectJson(
    await organizerFetch(
      token,
      `/organizer/fairs/${fairId}/entries`,
      post({ entries: [{ product_id: entry.product_id, booth_id: booth.id }] }),
    ),
    201,
  )
  return booth as { id: string }
}

/** The organiser moves units of one variant between a place and the fair's ground: the answer. */
export function moveFairStock(
  token: string,
  fairId: string,
  placeId: string,
  direction: "to_fair" | "from_fair",
  variantId: string,
  quantity: number,
) {
  return organizerFetch(
    token,
    `/organizer/fairs/${fairId}/stock`,
    post({ place_id: placeId, direction, items: [{ variant_id: variantId, quantity }] }),
  )
}

/**
 * A fair running now (or over `days`), linked to the place, showing the goods at a booth, with
 * `quantity` units brought from the place to its ground: the fair and that transfer.
 */
export async function stockedFair(
  token: string,
  place: { id: string },
  goods: { producer: { id: string }; product: { id: string }; variantId: string },
  quantity: number,
  days: [number, number] = [-1, 2],
) {
  const fair = await createFair(token, ...days)
  await expectJson(await linkPlace(fair.id, place.id), 201)
  await exhibit(token, fair.id, { producer_id: goods.producer.id, product_id: goods.product.id })
  const moved = await moveFairStock(token, fair.id, place.id, "to_fair", goods.variantId, quantity)
  const { transfer } = await expectJson(moved, 201)
  return { fair, transfer: transfer as { id: string } & Record<string, unknown> }
}
