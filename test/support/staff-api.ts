// Centre and sales-point staff over real HTTP: an officer opens the account, the person claims it.
import { adminFetch, listedGoods } from "./admin-api"
import { expectJson, post } from "./http"
import { claimInvitation, unique } from "./auth-api"
import { backendUrl } from "./env"
import { mailbox } from "./mailbox"

export const STAFF_PASSWORD = "Ocop@2026-staff"

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

export type Place = Awaited<ReturnType<typeof createPlace>>

/** A path under the place's staff API: `at(place, "/receipts")`. */
export const at = (place: { id: string }, path: string) => `/staff/places/${place.id}${path}`

/** Buôn Ma Thuột's map point, in Đắk Lắk. */
export const DAK_LAK = {
  province: "Đắk Lắk",
  commune: "Buôn Ma Thuột",
  latitude: 12.68,
  longitude: 108.04,
}

/** An OCOP centre where shoppers pick up orders (07:30–17:00), at a map point of its province. */
export const createCentre = (name: string, where = DAK_LAK) =>
  createPlace(name, {
    type: "local_centre",
    venue: undefined,
    opening_hours: "07:30–17:00",
    pickup: true,
    ...where,
  })

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
  return { email, token: await claimInvitation("staff", email, STAFF_PASSWORD) }
}

/** A staff member of the given places, signed in: their token. */
export async function staffOf(placeIds: string[]) {
  return (await staffAccount(placeIds)).token
}

/**
 * Two places, X and Y, each with a staff member of its own (signed in): the start of every
 * "a place's staff reach only their place" story. `overrides` as for `createPlace`.
 */
export async function twoPlaces(names: [string, string], overrides: Record<string, unknown> = {}) {
  const [x, y] = await Promise.all([
    createPlace(names[0], overrides),
    createPlace(names[1], overrides),
  ])
  const [staffX, staffY] = await Promise.all([staffOf([x.id]), staffOf([y.id])])
  return { x, y, staffX, staffY }
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

/** Goods the producer delivers, received onto the place's shelf by its staff member. */
export async function receiveGoods(
  token: string,
  placeId: string,
  goods: { producer: { id: string }; variantId: string },
  quantity: number,
) {
  return expectJson(
    await staffFetch(
      token,
      `/staff/places/${placeId}/receipts`,
      post({ producer_id: goods.producer.id, items: [{ variant_id: goods.variantId, quantity }] }),
    ),
    201,
  )
}

export type CounterSale = {
  id: string
  items: { id: string; variant_id: string; quantity: number }[]
}

/** A counter sale rung up by the place's staff member (201): the sale and its order. */
export async function sellAtCounter(
  token: string,
  place: { id: string },
  items: { variant_id: string; quantity: number }[],
  payment_method = "cash",
) {
  const res = await staffFetch(token, at(place, "/counter-sales"), post({ payment_method, items }))
  return expectJson<{ counter_sale: CounterSale; order: Record<string, any> }>(res, 201)
}

/**
 * A place with a signed-in staff member and a listed (4★) product whose `quantity` units the
 * staff member received onto the shelf: the start of every counter and stock story.
 */
export async function stockedPlace(placeName: string, productTitle: string, quantity = 5) {
  const place = await createPlace(placeName)
  const { email, token } = await staffAccount([place.id])
  const goods = await listedGoods(productTitle)
  await receiveGoods(token, place.id, goods, quantity)
  return { place, email, token, goods }
}
