// Online orders reaching a place's queue, over the real Store, admin and staff APIs: pickup
// options at test places, checkouts by pickup or delivery, and the queue's moves.
import { adminFetch, regionId } from "./admin-api"
import { expectJson, post } from "./http"
import { asCustomer, deliveryOption, shipAndPay, shopperAddress } from "./checkout"
import { sql } from "./db"
import { staffFetch } from "./staff-api"

export type QueueOrder = {
  id: string
  order_id: string
  display_id: number | null
  kind: "pickup" | "delivery"
  status: string
  next_statuses: string[]
  carrier: string | null
  tracking_number: string | null
  cancel_reason: string | null
  items: { order_item_id: string; variant_id: string; quantity: number }[]
}

/**
 * Medusa's pickup pattern at a place, as the seed builds it for centres: a "pickup"
 * fulfillment set on its stock location, a zone, and a free shipping option.
 */
export async function pickupOptionAt(place: { stock_location_id: string; name: string }) {
  await expectJson(
    await adminFetch(
      `/admin/stock-locations/${place.stock_location_id}/fulfillment-providers`,
      post({ add: ["manual_manual"] }),
    ),
    200,
  )
  const { stock_location } = await expectJson(
    await adminFetch(
      `/admin/stock-locations/${place.stock_location_id}/fulfillment-sets?fields=*fulfillment_sets`,
      post({ name: `Nhận tại ${place.name}`, type: "pickup" }),
    ),
    200,
  )
  const set = (stock_location.fulfillment_sets as { id: string; type: string }[]).find(
    (row) => row.type === "pickup",
  )!
  const { fulfillment_set } = await expectJson(
    await adminFetch(
      `/admin/fulfillment-sets/${set.id}/service-zones`,
      post({ name: place.name, geo_zones: [{ type: "country", country_code: "vn" }] }),
    ),
    200,
  )
  const { shipping_profiles } = await expectJson(await adminFetch("/admin/shipping-profiles"), 200)
  const { shipping_option } = await expectJson(
    await adminFetch(
      "/admin/shipping-options",
      post({
        name: `Nhận tại ${place.name}`,
        service_zone_id: fulfillment_set.service_zones[0].id,
        shipping_profile_id: shipping_profiles[0].id,
        provider_id: "manual_manual",
        price_type: "flat",
        type: { label: "Nhận tại trung tâm OCOP", description: place.name, code: "pickup" },
        prices: [
          { currency_code: "vnd", amount: 0 },
          { region_id: await regionId(), amount: 0 },
        ],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" },
          { attribute: "is_return", value: "false", operator: "eq" },
        ],
      }),
    ),
    200,
  )
  return shipping_option.id as string
}

export type Checkout = {
  items: { variant_id: string; quantity: number }[]
  /** A pickup option; delivery otherwise. */
  optionId?: string
  province?: string
  payment_method?: "cod" | "bank_transfer"
  email?: string
}

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`

/** A guest's cart up to completion: the cart id and its email. */
export async function readyCheckout(checkout: Checkout) {
  const email = checkout.email ?? `queue-${unique()}@example.com`
  const { cart } = await expectJson(
    await asCustomer(
      undefined,
      "/store/carts",
      post({ region_id: await regionId(), items: checkout.items }),
    ),
    200,
  )
  await expectJson(
    await asCustomer(
      undefined,
      `/store/carts/${cart.id}`,
      post({
        email,
        shipping_address: {
          ...shopperAddress,
          province: checkout.province ?? shopperAddress.province,
        },
        metadata: { payment_method: checkout.payment_method ?? "cod" },
      }),
    ),
    200,
  )
  const { shipping_options } = await expectJson(
    await asCustomer(undefined, `/store/shipping-options?cart_id=${cart.id}`),
    200,
  )
  await shipAndPay(cart.id, checkout.optionId ?? deliveryOption(shipping_options).id)
  return { cartId: cart.id as string, email }
}

/** Completes a ready cart: the raw response (a refusal is a 400). */
export function complete(cartId: string) {
  return asCustomer(undefined, `/store/carts/${cartId}/complete`, post({}))
}

/** Checks out and completes: the order, its access token and the shopper's email. */
export async function order(checkout: Checkout) {
  const { cartId, email } = await readyCheckout(checkout)
  const completed = await expectJson(await complete(cartId), 200)
  if (completed.type !== "order") throw new Error(`not completed: ${completed.error?.message}`)
  return {
    id: completed.order.id as string,
    display_id: completed.order.display_id as number,
    token: completed.order_access_token as string,
    email,
  }
}

/** The order's assignments as stored. */
export async function assignmentsOf(orderId: string) {
  return sql<{
    id: string
    place_id: string
    stock_location_id: string
    kind: string
    status: string
    pickup_code: string | null
    cancel_reason: string | null
    carrier: string | null
    tracking_number: string | null
    fulfillment_id: string | null
  }>(
    `select * from ocop_order_assignment where order_id = $1 and deleted_at is null order by created_at`,
    [orderId],
  )
}

/** Stocked and reserved units of an inventory item at a location. */
export async function level(locationId: string, inventoryItemId: string) {
  const [row] = await sql<{ stocked_quantity: string; reserved_quantity: string }>(
    `select stocked_quantity, reserved_quantity from inventory_level
      where location_id = $1 and inventory_item_id = $2 and deleted_at is null`,
    [locationId, inventoryItemId],
  )
  return {
    stocked: Number(row?.stocked_quantity ?? 0),
    reserved: Number(row?.reserved_quantity ?? 0),
  }
}

/** The inventory item of a variant. */
export async function inventoryItemOf(variantId: string) {
  const [row] = await sql<{ inventory_item_id: string }>(
    `select inventory_item_id from product_variant_inventory_item where variant_id = $1 and deleted_at is null`,
    [variantId],
  )
  return row!.inventory_item_id
}

/** The order's reservations: where and how many. */
export async function reservationsOf(orderId: string) {
  return sql<{ location_id: string; quantity: string }>(
    `select r.location_id, r.quantity from reservation_item r
       join order_item oi on oi.item_id = r.line_item_id and oi.deleted_at is null
      where oi.order_id = $1 and r.deleted_at is null`,
    [orderId],
  )
}

export const queuePath = (placeId: string, rest = "") => `/staff/places/${placeId}/orders${rest}`

/** A move in the place's queue: the raw response. */
export function move(token: string, placeId: string, id: string, body: Record<string, unknown>) {
  return staffFetch(token, queuePath(placeId, `/${id}/status`), post(body))
}

/** The place's queue as its staff read it. */
export async function queue(token: string, placeId: string, status?: string) {
  const { orders } = await expectJson(
    await staffFetch(token, queuePath(placeId, status ? `?status=${status}` : "")),
    200,
  )
  return orders as QueueOrder[]
}

/**
 * One online pickup order of `quantity` units at a place, taken through the place's queue by
 * its staff and handed over: the units leave the shelf (an `online_order` movement).
 */
export async function handedOverPickup(
  staffToken: string,
  place: { id: string; stock_location_id: string; name: string },
  variantId: string,
  quantity: number,
) {
  const placed = await order({
    items: [{ variant_id: variantId, quantity }],
    optionId: await pickupOptionAt(place),
  })
  const [assignment] = await assignmentsOf(placed.id)
  for (const status of ["preparing", "ready_for_pickup"]) {
    await expectJson(await move(staffToken, place.id, assignment!.id, { status }), 200)
  }
  const handover = { status: "handed_over", pickup_code: assignment!.pickup_code }
  await expectJson(await move(staffToken, place.id, assignment!.id, handover), 200)
  return placed.id
}
