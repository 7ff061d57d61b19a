// Consignment statements: what a place owes a producer for the goods it sold on their behalf,
// reconciled with the movements and orders it came from — received − sold − returned (+ the
// stocktake's difference) = on shelf; owed = sold × price − commission; balance = owed − paid.
// Producers read only their own, staff only their place's; a bad payment writes nothing.
import { beforeAll, describe, expect, it } from "vitest"
import { adminFetch, type Goods, listedGoods } from "../support/admin-api"
import { expectJson, post } from "../support/http"
import { sql } from "../support/db"
import { backendUrl } from "../support/env"
import { handedOverPickup } from "../support/order-queue"
import { unique } from "../support/orders"
import { producerFetch, registerProducerUser } from "../support/producer-api"
import { at, type Place, sellAtCounter, shelf, staffFetch } from "../support/staff-api"
import { twoPlacesBeforeAll } from "../support/staff-fixtures"

type Statement = Record<string, number> & {
  producer: { id: string; name: string }
  place: { id: string; name: string }
}

/** Local centres with pickup (online orders are handed over there). */
const CENTRE = {
  type: "local_centre",
  venue: undefined,
  pickup: true,
  latitude: 12.68,
  longitude: 108.04,
}

const places = twoPlacesBeforeAll(["Trung tâm ký gửi X", "Trung tâm ký gửi Y"], CENTRE)
let honey: Goods
let other: Goods
let producerToken: string
let otherToken: string

const today = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10)

async function staffCall(token: string, place: Place, path: string, body: unknown, status = 201) {
  return expectJson(await staffFetch(token, at(place, path), post(body)), status)
}

/** One online pickup order of `quantity` units at X, handed over: units leave X's shelf. */
const onlineSale = (quantity: number) =>
  handedOverPickup(places.staffX, places.x, honey.variantId, quantity)

const statementOf = (list: Statement[], producerId: string, placeId: string) =>
  list.find((row) => row.producer.id === producerId && row.place.id === placeId)

const adminStatements = async (query = "") =>
  (await expectJson(await adminFetch(`/admin/ocop/statements${query}`), 200))
    .statements as Statement[]

const paymentCount = async () =>
  Number((await sql<{ n: string }>(`select count(*) as n from ocop_consignment_payment`))[0]!.n)

let orderIds: string[] = []

beforeAll(async () => {
  honey = await listedGoods("Mật ong ký gửi")
  other = await listedGoods("Quế ký gửi", { stars: 3, score: 60 })
  producerToken = (await registerProducerUser(`st-${unique()}@example.com`, honey.producer.id))
    .token
  otherToken = (await registerProducerUser(`st-${unique()}@example.com`, other.producer.id)).token
  const line = (quantity: number) => [{ variant_id: honey.variantId, quantity }]
  await staffCall(places.staffX, places.x, "/receipts", {
    producer_id: honey.producer.id,
    items: line(10),
  })
  await staffCall(places.staffY, places.y, "/receipts", {
    producer_id: other.producer.id,
    items: [{ variant_id: other.variantId, quantity: 4 }],
  })
  // Counter: 3 sold, 1 brought back.
  const { counter_sale } = await sellAtCounter(places.staffX, places.x, line(3))
  await staffCall(places.staffX, places.x, `/counter-sales/${counter_sale.id}/returns`, {
    items: [{ item_id: counter_sale.items[0].id, quantity: 1 }],
  })
  // Online: 2 handed over at X.
  orderIds = [counter_sale.id, await onlineSale(2)]
  // 1 sent on to Y; the count finds one fewer than the book.
  const { transfer } = await staffCall(places.staffX, places.x, "/transfers", {
    to_place_id: places.y.id,
    items: line(1),
  })
  await staffCall(places.staffY, places.y, `/transfers/${transfer.id}/receive`, {}, 200)
  const book = (await shelf(places.staffX, places.x.id, honey.variantId))!.stocked
  await staffCall(places.staffX, places.x, "/stocktakes", {
    items: [{ variant_id: honey.variantId, counted: book - 1, reason: "Vỡ một hũ" }],
  })
}, 240_000)

describe("a consignment statement", () => {
  it("reconciles with the movements and orders it came from", async () => {
    const mine = (await expectJson(await producerFetch(producerToken, "/producer/statements"), 200))
      .statements as Statement[]
    const atX = statementOf(mine, honey.producer.id, places.x.id)!
    expect(atX).toMatchObject({
      opening: 0,
      received: 10,
      sold_counter: 2,
      sold_online: 2,
      sold: 4,
      returned: 1,
      adjusted: -1,
      on_shelf: 4,
      sales: 4 * 85_000,
      commission_bps: 1500,
      commission: 51_000,
      owed: 289_000,
      paid: 0,
      balance: 289_000,
    })
    // received − sold − returned + adjusted = on shelf, and the shelf says the same.
    expect(atX.received - atX.sold - atX.returned + atX.adjusted).toBe(atX.on_shelf)
    expect((await shelf(places.staffX, places.x.id, honey.variantId))!.stocked).toBe(atX.on_shelf)
    // The money is the orders' own: their lines at X, less what came back to the counter.
    const [orders] = await sql<{ total: string }>(
      `select sum(li.unit_price * oi.quantity) as total
         from "order" o
         join order_item oi on oi.order_id = o.id and oi.version = o.version
         join order_line_item li on li.id = oi.item_id
        where o.id = any($1) and li.variant_id = $2 and oi.deleted_at is null`,
      [orderIds, honey.variantId],
    )
    const [refunds] = await sql<{ total: string }>(
      `select coalesce(sum(refund_total), 0) as total from ocop_counter_return where order_id = $1`,
      [orderIds[0]],
    )
    expect(atX.sales).toBe(Number(orders!.total) - Number(refunds!.total))
    // Y received the transfer: it is on Y's statement for the same producer.
    expect(statementOf(mine, honey.producer.id, places.y.id)).toMatchObject({
      received: 1,
      on_shelf: 1,
    })
  })

  it("applies the place's own commission once an officer sets it, else its type's", async () => {
    const set = (bps: number | null) =>
      adminFetch(`/admin/ocop/places/${places.x.id}/commission`, post({ commission_bps: bps }))
    expect((await expectJson(await set(1000), 200)).place).toMatchObject({ applied_bps: 1000 })
    expect(statementOf(await adminStatements(), honey.producer.id, places.x.id)).toMatchObject({
      commission: 34_000,
      owed: 306_000,
    })
    expect((await set(60_00)).status).toBe(400)
    expect((await expectJson(await set(null), 200)).place).toMatchObject({ applied_bps: 1500 })
  })

  it("refuses a bad rate, an unknown place and anyone but an officer, writing nothing", async () => {
    await expectJson(
      await adminFetch(
        `/admin/ocop/places/${places.x.id}/commission`,
        post({ commission_bps: 1200 }),
      ),
      200,
    )
    const rate = async () =>
      (
        await sql<{ bps: number | null }>(
          `select commission_bps as bps from ocop_place where id = $1`,
          [places.x.id],
        )
      )[0]!.bps
    for (const body of [
      { commission_bps: 60_00 },
      { commission_bps: -1 },
      { commission_bps: 12.5 },
      {},
    ]) {
      expect(
        (await adminFetch(`/admin/ocop/places/${places.x.id}/commission`, post(body))).status,
      ).toBe(400)
    }
    expect(await rate()).toBe(1200)
    const unknown = await adminFetch(
      "/admin/ocop/places/place_does_not_exist/commission",
      post({ commission_bps: 500 }),
    )
    expect(unknown.status).toBe(404)
    const asStaff = await staffFetch(
      places.staffX,
      `/admin/ocop/places/${places.x.id}/commission`,
      post({ commission_bps: 0 }),
    )
    expect(asStaff.status).toBe(401)
    expect(await rate()).toBe(1200)
    await expectJson(
      await adminFetch(
        `/admin/ocop/places/${places.x.id}/commission`,
        post({ commission_bps: null }),
      ),
      200,
    )
  })

  it("subtracts recorded payments, with who recorded them, and exports CSV", async () => {
    const { payment } = await expectJson(
      await adminFetch(
        "/admin/ocop/statements/payments",
        post({
          producer_id: honey.producer.id,
          place_id: places.x.id,
          amount: 100_000,
          method: "bank_transfer",
          reference: "UNC 0001",
        }),
      ),
      201,
    )
    expect(payment).toMatchObject({ amount: 100_000, recorded_by_type: "user" })
    expect(payment.recorded_by).toMatch(/^user_/)
    const atX = statementOf(
      await adminStatements(`?producer_id=${honey.producer.id}`),
      honey.producer.id,
      places.x.id,
    )!
    expect(atX).toMatchObject({ paid: 100_000, balance: 189_000 })
    expect(atX.balance).toBe(atX.sales - atX.commission - atX.paid)

    const csv = await adminFetch(`/admin/ocop/statements?place_id=${places.x.id}&format=csv`)
    expect(csv.status).toBe(200)
    expect(csv.headers.get("content-type")).toMatch(/text\/csv/)
    const lines = (await csv.text())
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n")
    expect(lines[0]).toMatch(/^place,province,producer,opening,received/)
    expect(lines.find((row) => row.includes(honey.producer.name))).toContain(",189000")
  })

  it("covers a period: what happened before it is the opening stock", async () => {
    const tomorrow = new Date(Date.now() + 31 * 3600_000).toISOString().slice(0, 10)
    const later = await adminStatements(`?place_id=${places.x.id}&from=${tomorrow}&to=${tomorrow}`)
    expect(statementOf(later, honey.producer.id, places.x.id)).toMatchObject({
      opening: 4,
      received: 0,
      sold: 0,
      on_shelf: 4,
      sales: 0,
      paid: 0,
    })
    const day = await adminStatements(`?place_id=${places.x.id}&from=${today()}&to=${today()}`)
    expect(statementOf(day, honey.producer.id, places.x.id)).toMatchObject({
      received: 10,
      on_shelf: 4,
    })
  })

  it("is its own: another producer and another place's staff never see it (404)", async () => {
    // A producer cannot ask for another producer's statements: the field is refused (400).
    const asking = await producerFetch(
      otherToken,
      `/producer/statements?producer_id=${honey.producer.id}`,
    )
    expect(asking.status).toBe(400)
    const theirs = (await expectJson(await producerFetch(otherToken, "/producer/statements"), 200))
      .statements as Statement[]
    expect(theirs.length).toBeGreaterThan(0)
    expect(theirs.every((row) => row.producer.id === other.producer.id)).toBe(true)
    expect((await staffFetch(places.staffY, at(places.x, "/statements"))).status).toBe(404)
    const atY = (
      await expectJson(await staffFetch(places.staffY, at(places.y, "/statements")), 200)
    ).statements as Statement[]
    expect(atY.map((row) => row.place.id)).toEqual([places.y.id, places.y.id])
    expect((await fetch(new URL(at(places.x, "/statements"), backendUrl()))).status).toBe(401)
  })

  it("refuses a bad payment (400, with a message) and writes nothing", async () => {
    const before = await paymentCount()
    const good = {
      producer_id: honey.producer.id,
      place_id: places.x.id,
      method: "cash",
      amount: 1000,
    }
    for (const body of [
      { ...good, amount: -5000 },
      { ...good, amount: 10.5 },
      { ...good, producer_id: "ocpr_unknown" },
      { ...good, place_id: "ocpl_unknown" },
      { ...good, method: "gold" },
      { ...good, paid_on: "2999-01-01" },
    ]) {
      const res = await adminFetch("/admin/ocop/statements/payments", post(body))
      expect(res.status, JSON.stringify(body)).toBe(400)
      expect((await res.json()).message).toBeTruthy()
    }
    expect(await paymentCount()).toBe(before)
    expect((await adminFetch("/admin/ocop/statements?from=2026-13-40")).status).toBe(400)
    expect((await adminFetch("/admin/ocop/statements?from=2026-12-02&to=2026-12-01")).status).toBe(
      400,
    )
  })
})

describe("the seeded network's statements", () => {
  it("all add up, and what they say is on the shelves is what the shelves hold", async () => {
    const all = await adminStatements()
    expect(all.length).toBeGreaterThan(100)
    const shelves = await sql<{ producer_id: string; place_id: string; stocked: string }>(
      `select l.producer_id, p.id as place_id, sum(il.stocked_quantity) as stocked
         from inventory_level il
         join ocop_place p on p.stock_location_id = il.location_id and p.deleted_at is null
         join product_variant_inventory_item vi on vi.inventory_item_id = il.inventory_item_id
              and vi.deleted_at is null
         join product_variant v on v.id = vi.variant_id
         join ocop_listing l on l.product_id = v.product_id and l.deleted_at is null
        where il.deleted_at is null
        group by l.producer_id, p.id`,
    )
    const held = new Map(
      shelves.map((row) => [`${row.producer_id}|${row.place_id}`, Number(row.stocked)]),
    )
    for (const row of all) {
      const name = `${row.producer.name} @ ${row.place.name}`
      expect(row.opening + row.received - row.sold - row.returned + row.adjusted, name).toBe(
        row.on_shelf,
      )
      expect(row.on_shelf, name).toBe(held.get(`${row.producer.id}|${row.place.id}`) ?? 0)
      expect(row.sold_counter + row.sold_online, name).toBe(row.sold)
      expect(row.commission, name).toBe(Math.round((row.sales * row.commission_bps) / 10_000))
      expect(row.owed, name).toBe(row.sales - row.commission)
      expect(row.balance, name).toBe(row.owed - row.paid)
    }
  })
})
