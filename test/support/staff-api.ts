// Centre and sales-point staff over real HTTP: an officer opens the account, the person claims it.
import {
  adminFetch,
  createCandidateProduct,
  expectJson,
  post,
  recordCertificate,
} from "./admin-api"
import { backendUrl } from "./env"
import { invitationTokenFor, mailbox } from "./mailbox"

export const STAFF_PASSWORD = "Ocop@2026-staff"
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`

async function authPost(path: string, body: unknown) {
  return fetch(new URL(path, backendUrl()), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  })
}

/**
 * A place of the network, opened by an officer: a sales point in Đắk Lắk unless `overrides`
 * says otherwise (e.g. a local centre with pickup, at a map point).
 */
export async function createPlace(
  name = "Điểm bán OCOP thử nghiệm",
  overrides: Record<string, unknown> = {},
) {
  const { place } = await expectJson(
    await adminFetch(
      "/admin/ocop/places",
      post({
        name: `${name} ${unique()}`,
        type: "sales_point",
        venue: "tourist_site",
        province: "Đắk Lắk",
        commune: "Buôn Ma Thuột",
        address: "Số 1 Lê Duẩn",
        opening_hours: "07:30–21:00",
        ...overrides,
      }),
    ),
    201,
  )
  return place as { id: string; stock_location_id: string; name: string }
}

/**
 * An officer opens a staff account for the places; the person claims it with the token from
 * the invitation email (at this process's SMTP server) and signs in.
 */
export async function staffAccount(placeIds: string[]) {
  const email = `staff-${unique()}@example.com`
  await mailbox() // listening before the invitation is sent
  await expectJson(
    await adminFetch("/admin/ocop/staff-users", post({ email, place_ids: placeIds })),
    201,
  )
  const token = await invitationTokenFor(email)
  await expectJson(
    await authPost("/staff/account/claim", { token, email, password: STAFF_PASSWORD }),
    201,
  )
  const { token: login } = await expectJson(
    await authPost("/auth/staff/emailpass", { email, password: STAFF_PASSWORD }),
    200,
  )
  return { email, token: login as string }
}

/** A staff member of the given places, signed in: their token. */
export async function staffOf(placeIds: string[]) {
  return (await staffAccount(placeIds)).token
}

export function staffFetch(token: string, path: string, init: RequestInit = {}) {
  const headers = new Headers(init.headers)
  headers.set("authorization", `Bearer ${token}`)
  if (typeof init.body === "string") headers.set("content-type", "application/json")
  return fetch(new URL(path, backendUrl()), { ...init, headers })
}

export async function shelf(token: string, placeId: string, variantId: string) {
  const { stock } = await expectJson(await staffFetch(token, `/staff/places/${placeId}/stock`), 200)
  return stock.find((row: { variant_id: string }) => row.variant_id === variantId) as
    | { title: string; stocked: number; reserved: number; available: number; low: boolean }
    | undefined
}

/** The signed-in staff member's own id. */
export async function staffId(token: string) {
  const { staff_user } = await expectJson(await staffFetch(token, "/staff/me"), 200)
  return staff_user.id as string
}

export type Movement = {
  id: string
  kind: string
  variant_id: string
  quantity_change: number
  transfer_id: string | null
  actor_type: string
  actor_id: string | null
  actor: { type: string; id: string | null; name: string | null }
}

/** A place's movement history (newest first) and its count, as its staff read it. */
export async function movements(token: string, placeId: string) {
  const page = await expectJson(
    await staffFetch(token, `/staff/places/${placeId}/movements?limit=200`),
    200,
  )
  return page as { movements: Movement[]; count: number }
}

/**
 * A place with a signed-in staff member and a listed (4★) product whose `quantity` units the
 * staff member received onto the shelf: the start of every counter and stock story.
 */
export async function stockedPlace(placeName: string, productTitle: string, quantity = 5) {
  const place = await createPlace(placeName)
  const { email, token } = await staffAccount([place.id])
  const goods = await createCandidateProduct(productTitle, { manageInventory: true })
  await recordCertificate(goods.product.id, { stars: 4, score: 80 })
  await expectJson(
    await staffFetch(
      token,
      `/staff/places/${place.id}/receipts`,
      post({ producer_id: goods.producer.id, items: [{ variant_id: goods.variantId, quantity }] }),
    ),
    201,
  )
  return { place, email, token, goods }
}
