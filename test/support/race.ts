// Many buyers, online and at a counter, racing for the few units of one shelf; and what the
// database says afterwards (orders, reservations, movements, levels), for the no-oversell rule.
import { createCandidateProduct, recordCertificate } from "./admin-api"
import { post } from "./http"
import { readyCart } from "./checkout"
import { sql } from "./db"
import { createPlace, receiveGoods, staffFetch, staffOf } from "./staff-api"
import { storeFetch } from "./store-api"

export type Attempt = { ok: boolean; status: number; message?: string; online: boolean }

/** A place whose shelf holds `units` of a 5★ product, received by its staff member. */
export async function stockedShelf(units: number, name = "Trung tâm tranh mua") {
  const place = await createPlace(name)
  const staff = await staffOf([place.id])
  const goods = await createCandidateProduct("Hàng hiếm", { manageInventory: true })
  const certificate = await recordCertificate(goods.product.id, {
    stars: 5,
    score: 95,
    level: "national",
  })
  await receiveGoods(staff, place.id, goods, units)
  return { place, staff, goods, certificate, variantId: goods.variantId }
}

export type Shelf = Awaited<ReturnType<typeof stockedShelf>>

/**
 * `count` carts of one unit each, readied a few at a time: the setup is not the race, and 20
 * carts readied at once on a loaded machine can keep the database busy past the servers'
 * 5 s watchdog (backend/readiness.ts), which then answers 503.
 */
export async function readyCarts(variantId: string, count: number, atOnce = 5) {
  const carts: string[] = []
  while (carts.length < count) {
    const batch = Math.min(atOnce, count - carts.length)
    carts.push(...(await Promise.all(Array.from({ length: batch }, () => readyCart(variantId)))))
  }
  return carts
}

/** Carts readied first (one unit each), then every completion and counter sale at once. */
export async function race(shelf: Shelf, buyers: { online: number; counter: number }) {
  const carts = await readyCarts(shelf.variantId, buyers.online)
  return startRace(shelf, carts, buyers.counter)
}

/** The racing part alone: complete the carts and ring up the counter sales concurrently. */
export function startRace(shelf: Shelf, carts: string[], counter: number): Promise<Attempt[]> {
  const online = carts.map(async (cartId): Promise<Attempt> => {
    try {
      const res = await storeFetch(`/store/carts/${cartId}/complete`, post({}))
      const body = await res.json().catch(() => ({}))
      const message = body.message ?? body.error?.message
      return {
        ok: res.status === 200 && body.type === "order",
        status: res.status,
        message,
        online: true,
      }
    } catch (error) {
      return { ok: false, status: 0, message: (error as Error).message, online: true }
    }
  })
  const sales = Array.from({ length: counter }, async (): Promise<Attempt> => {
    try {
      const res = await staffFetch(
        shelf.staff,
        `/staff/places/${shelf.place.id}/counter-sales`,
        post({ payment_method: "cash", items: [{ variant_id: shelf.variantId, quantity: 1 }] }),
      )
      const body = await res.json().catch(() => ({}))
      return { ok: res.status === 201, status: res.status, message: body.message, online: false }
    } catch (error) {
      return { ok: false, status: 0, message: (error as Error).message, online: false }
    }
  })
  return Promise.all([...online, ...sales])
}

/**
 * The variant's ledger in SQL: live orders holding it (online, counter), the reservations and
 * the inventory level at the place, and the counter-sale movements written for it.
 */
export async function ledger(shelf: Shelf) {
  const [row] = await sql<Record<string, string>>(
    `with item as (
       select inventory_item_id from product_variant_inventory_item
       where variant_id = $1 and deleted_at is null
     ), location as (
       select stock_location_id from ocop_place where id = $2
     ), lines as (
       select o.id, o.sales_channel_id, oi.quantity from order_line_item li
       join order_item oi on oi.item_id = li.id and oi.deleted_at is null
       join "order" o on o.id = oi.order_id and o.deleted_at is null and o.canceled_at is null
       where li.variant_id = $1 and li.deleted_at is null
     )
     select
       (select coalesce(sum(quantity), 0) from lines) as ordered_units,
       (select count(distinct id) from lines) as orders,
       (select coalesce(sum(quantity), 0) from reservation_item
         where inventory_item_id in (select * from item) and deleted_at is null) as reserved_units,
       (select stocked_quantity from inventory_level where deleted_at is null
         and inventory_item_id in (select * from item)
         and location_id in (select * from location)) as stocked,
       (select reserved_quantity from inventory_level where deleted_at is null
         and inventory_item_id in (select * from item)
         and location_id in (select * from location)) as reserved,
       (select count(*) from ocop_stock_movement where variant_id = $1 and place_id = $2
         and kind = 'counter_sale' and deleted_at is null) as counter_sales,
       (select coalesce(min(quantity_after), 0) from ocop_stock_movement
         where variant_id = $1 and place_id = $2 and deleted_at is null) as lowest_after`,
    [shelf.variantId, shelf.place.id],
  )
  return Object.fromEntries(Object.entries(row!).map(([key, value]) => [key, Number(value)]))
}
