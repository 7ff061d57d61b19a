// Orders reach the shelves (issue #17): checkout decides which place serves an online order and
// moves Medusa's reservations there; that place's staff, and no one else's, move it through its
// queue, each move acting on Medusa's own fulfillment, inventory and payment.
import { beforeAll, describe, expect, it } from "vitest"
import { adminFetch, createCandidateProduct, listedGoods } from "../support/admin-api"
import { expectJson, post } from "../support/http"
import { sql } from "../support/db"
import { mailbox } from "../support/mailbox"
import {
  assignmentsOf,
  complete,
  inventoryItemOf,
  level,
  move,
  order,
  pickupOptionAt,
  queue,
  queuePath,
  readyCheckout,
  reservationsOf,
} from "../support/order-queue"
import { producerFetch, registerProducerUser } from "../support/producer-api"
import {
  createCentre,
  DAK_LAK,
  movements,
  receiveGoods,
  staffAccount,
  staffFetch,
} from "../support/staff-api"
import { unique } from "../support/auth-api"

type Place = { id: string; stock_location_id: string; name: string }
type Goods = Awaited<ReturnType<typeof createCandidateProduct>> & { inventoryItemId: string }

const QUANG_NAM = { province: "Quảng Nam", commune: "Tam Kỳ", latitude: 15.57, longitude: 108.47 }

async function certifiedGoods(title: string): Promise<Goods> {
  const goods = await listedGoods(title)
  return { ...goods, inventoryItemId: await inventoryItemOf(goods.variantId) }
}

const count = async (table: string) =>
  Number((await sql<{ n: string }>(`select count(*) as n from ${table}`))[0]!.n)

let centre: Place // a pickup centre holding the honey (Đắk Lắk)
let empty: Place // a pickup centre holding none of it
let south: Place // Đắk Lắk, holds the tea
let north: Place // Quảng Nam, holds the tea and the rice
let staffCentre: { email: string; token: string }
let staffEmpty: { email: string; token: string }
let staffSouth: { email: string; token: string }
let staffNorth: { email: string; token: string }
let honey: Goods
let tea: Goods
let rice: Goods
let centreOption: string
let emptyOption: string

beforeAll(async () => {
  await mailbox()
  centre = await createCentre("Trung tâm nhận hàng", DAK_LAK)
  empty = await createCentre("Trung tâm hết hàng", DAK_LAK)
  south = await createCentre("Điểm Đắk Lắk", DAK_LAK)
  north = await createCentre("Điểm Quảng Nam", QUANG_NAM)
  staffCentre = await staffAccount([centre.id])
  staffEmpty = await staffAccount([empty.id])
  staffSouth = await staffAccount([south.id])
  staffNorth = await staffAccount([north.id])
  honey = await certifiedGoods("Mật ong nhận tại quầy")
  tea = await certifiedGoods("Trà giao tận nhà")
  rice = await certifiedGoods("Gạo chỉ có ở Quảng Nam")
  await receiveGoods(staffCentre.token, centre.id, honey, 10)
  await receiveGoods(staffSouth.token, south.id, tea, 10)
  await receiveGoods(staffNorth.token, north.id, tea, 10)
  await receiveGoods(staffNorth.token, north.id, rice, 10)
  centreOption = await pickupOptionAt(centre)
  emptyOption = await pickupOptionAt(empty)
}, 180_000)

describe("checkout decides where an order is served from", () => {
  it("refuses a pickup at a centre without the stock, with its message, and writes nothing", async () => {
    const { cartId } = await readyCheckout({
      items: [{ variant_id: honey.variantId, quantity: 1 }],
      optionId: emptyOption,
    })
    const before = {
      orders: await count('"order"'),
      reservations: await count("reservation_item where deleted_at is null"),
      assignments: await count("ocop_order_assignment"),
    }
    const res = await complete(cartId)
    expect(res.status).toBe(400)
    const body = await res.json()
    expect(body.message).toContain(empty.name)
    expect(body.message).toMatch(/không còn đủ hàng/)
    expect(await sql(`select 1 from order_cart where cart_id = $1`, [cartId])).toHaveLength(0)
    expect({
      orders: await count('"order"'),
      reservations: await count("reservation_item where deleted_at is null"),
      assignments: await count("ocop_order_assignment"),
    }).toEqual(before)
    expect(await level(centre.stock_location_id, honey.inventoryItemId)).toEqual({
      stocked: 10,
      reserved: 0,
    })
  })

  it("serves a pickup from the chosen centre: the reservation moves there, with a pickup code", async () => {
    const placed = await order({
      items: [{ variant_id: honey.variantId, quantity: 2 }],
      optionId: centreOption,
    })
    const [assignment, ...others] = await assignmentsOf(placed.id)
    expect(others).toHaveLength(0)
    expect(assignment).toMatchObject({ place_id: centre.id, kind: "pickup", status: "new" })
    expect(assignment!.pickup_code).toMatch(/^[A-HJ-KM-NP-Z2-9]{8}$/)
    expect(await reservationsOf(placed.id)).toEqual([
      { location_id: centre.stock_location_id, quantity: "2" },
    ])
    // The centre's staff hear of it.
    const mail = await (await mailbox()).nextAbout(staffCentre.email, `#${placed.display_id}`)
    expect(mail.subject).toContain("Đơn hàng mới")
    // The producer sees which place serves their line.
    const producer = await registerProducerUser(`honey-${unique()}@example.com`, honey.producer.id)
    const { orders } = await expectJson(
      await producerFetch(producer.token, "/producer/orders?limit=50"),
      200,
    )
    expect(
      orders.find((row: { display_id: number }) => row.display_id === placed.display_id),
    ).toMatchObject({ served_from: [centre.name] })
  })

  it("delivers from one place holding it all, the nearest to the shipping province", async () => {
    const toDakLak = await order({
      items: [{ variant_id: tea.variantId, quantity: 1 }],
      province: "Đắk Lắk",
    })
    expect((await assignmentsOf(toDakLak.id)).map((row) => [row.place_id, row.kind])).toEqual([
      [south.id, "delivery"],
    ])
    expect(await reservationsOf(toDakLak.id)).toEqual([
      { location_id: south.stock_location_id, quantity: "1" },
    ])
    const toQuangNam = await order({
      items: [{ variant_id: tea.variantId, quantity: 1 }],
      province: "Quảng Nam",
    })
    expect((await assignmentsOf(toQuangNam.id)).map((row) => row.place_id)).toEqual([north.id])
  })

  it("prefers one place holding everything over a nearer one holding a part", async () => {
    const placed = await order({
      items: [
        { variant_id: tea.variantId, quantity: 1 },
        { variant_id: rice.variantId, quantity: 1 },
      ],
      province: "Đắk Lắk",
    })
    expect((await assignmentsOf(placed.id)).map((row) => row.place_id)).toEqual([north.id])
  })

  it("splits an order only when no single place can serve it", async () => {
    const placed = await order({
      items: [
        { variant_id: honey.variantId, quantity: 1 },
        { variant_id: rice.variantId, quantity: 1 },
      ],
      province: "Quảng Nam",
    })
    const rows = await assignmentsOf(placed.id)
    expect(rows.map((row) => row.place_id).sort()).toEqual([centre.id, north.id].sort())
    expect(new Set((await reservationsOf(placed.id)).map((row) => row.location_id))).toEqual(
      new Set([centre.stock_location_id, north.stock_location_id]),
    )
  })
})

describe("a place's order queue", () => {
  it("is its own: another place's staff neither list nor open its orders (404)", async () => {
    const placed = await order({
      items: [{ variant_id: honey.variantId, quantity: 1 }],
      optionId: centreOption,
    })
    const [assignment] = await assignmentsOf(placed.id)
    expect((await queue(staffCentre.token, centre.id)).map((row) => row.id)).toContain(
      assignment!.id,
    )
    expect((await queue(staffEmpty.token, empty.id)).map((row) => row.id)).not.toContain(
      assignment!.id,
    )
    // Through another place's door, or at this place without working there.
    expect(
      (await staffFetch(staffEmpty.token, queuePath(empty.id, `/${assignment!.id}`))).status,
    ).toBe(404)
    expect(
      (await staffFetch(staffEmpty.token, queuePath(centre.id, `/${assignment!.id}`))).status,
    ).toBe(404)
    expect((await staffFetch(staffEmpty.token, queuePath(centre.id))).status).toBe(404)
    const res = await move(staffEmpty.token, empty.id, assignment!.id, { status: "preparing" })
    expect(res.status).toBe(404)
    expect((await assignmentsOf(placed.id))[0]!.status).toBe("new")
  })

  it("hands a pickup over only with its code: stock leaves the shelf, in the movement history", async () => {
    const placed = await order({
      items: [{ variant_id: honey.variantId, quantity: 3 }],
      optionId: centreOption,
    })
    const [assignment] = await assignmentsOf(placed.id)
    const id = assignment!.id
    const before = await level(centre.stock_location_id, honey.inventoryItemId)
    await expectJson(await move(staffCentre.token, centre.id, id, { status: "preparing" }), 200)
    await expectJson(
      await move(staffCentre.token, centre.id, id, { status: "ready_for_pickup" }),
      200,
    )
    const ready = await (await mailbox()).nextAbout(placed.email, "sẵn sàng để nhận")
    expect(ready.text).toContain(assignment!.pickup_code!)
    // The code is kept on the assignment alone, never in the stored notification.
    // (wiped right after sending: the mail can arrive a moment before)
    let stored = 1
    for (let attempt = 0; attempt < 20 && stored > 0; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 250))
      stored = (
        await sql(`select 1 from notification where data::text like $1`, [
          `%${assignment!.pickup_code}%`,
        ])
      ).length
    }
    expect(stored).toBe(0)

    const movementsBefore = (await movements(staffCentre.token, centre.id)).count
    const wrong = await move(staffCentre.token, centre.id, id, {
      status: "handed_over",
      pickup_code: "AAAAAAAA",
    })
    expect(wrong.status).toBe(400)
    expect((await wrong.json()).message).toMatch(/pickup code/)
    expect((await assignmentsOf(placed.id))[0]!.status).toBe("ready_for_pickup")
    expect(await level(centre.stock_location_id, honey.inventoryItemId)).toEqual(before)
    expect((await movements(staffCentre.token, centre.id)).count).toBe(movementsBefore)

    const { order: done } = await expectJson(
      await move(staffCentre.token, centre.id, id, {
        status: "handed_over",
        pickup_code: assignment!.pickup_code!.toLowerCase(),
      }),
      200,
    )
    expect(done.status).toBe("handed_over")
    expect(await level(centre.stock_location_id, honey.inventoryItemId)).toEqual({
      stocked: before.stocked - 3,
      reserved: before.reserved - 3,
    })
    const history = await movements(staffCentre.token, centre.id)
    expect(history.movements[0]).toMatchObject({
      kind: "online_order",
      variant_id: honey.variantId,
      quantity_change: -3,
      actor_type: "staff",
    })
    const [movement] = await sql<{ order_id: string }>(
      `select order_id from ocop_stock_movement where id = $1`,
      [history.movements[0]!.id],
    )
    expect(movement!.order_id).toBe(placed.id)
    // Medusa's own order: fulfilled from the centre, delivered, cash captured.
    const { order: medusa } = await expectJson(
      await adminFetch(
        `/admin/orders/${placed.id}?fields=id,fulfillment_status,payment_status,*fulfillments`,
      ),
      200,
    )
    expect(medusa.fulfillment_status).toBe("delivered")
    expect(medusa.payment_status).toBe("captured")
    expect(medusa.fulfillments[0].location_id).toBe(centre.stock_location_id)
  })

  it("refuses unknown moves, skipped steps and bad carrier data with 4xx, writing nothing", async () => {
    const placed = await order({
      items: [{ variant_id: tea.variantId, quantity: 1 }],
      province: "Đắk Lắk",
    })
    const [assignment] = await assignmentsOf(placed.id)
    const id = assignment!.id
    const refused = async (body: Record<string, unknown>, status = 400) => {
      const res = await move(staffSouth.token, south.id, id, body)
      expect(res.status, JSON.stringify(body)).toBe(status)
      expect((await res.json()).message).toBeTruthy()
    }
    await refused({ status: "teleported" })
    await refused({ status: "delivered" }) // skipped steps
    await refused({ status: "ready_for_pickup" }) // a delivery has no counter
    await refused({ status: "handed_over", pickup_code: "ABCDEFGH" })
    await expectJson(await move(staffSouth.token, south.id, id, { status: "preparing" }), 200)
    await refused({ status: "shipped", carrier: "VNPost" }) // no tracking number
    await refused({ status: "shipped", carrier: "VNPost", tracking_number: "<script>" })
    await refused({ status: "shipped", carrier: "", tracking_number: "VN123456" })
    await refused({ status: "cancelled", reason: "" })
    const [after] = await assignmentsOf(placed.id)
    expect(after).toMatchObject({ status: "preparing", carrier: null, fulfillment_id: null })
    expect(
      await sql(`select 1 from order_fulfillment where order_id = $1`, [placed.id]),
    ).toHaveLength(0)
  })

  it("ships with a carrier and tracking number from the place, then delivers", async () => {
    const placed = await order({
      items: [{ variant_id: tea.variantId, quantity: 2 }],
      province: "Quảng Nam",
    })
    const [assignment] = await assignmentsOf(placed.id)
    const before = await level(north.stock_location_id, tea.inventoryItemId)
    await expectJson(
      await move(staffNorth.token, north.id, assignment!.id, { status: "preparing" }),
      200,
    )
    await expectJson(
      await move(staffNorth.token, north.id, assignment!.id, {
        status: "shipped",
        carrier: "Viettel Post",
        tracking_number: "VTP-12345678",
      }),
      200,
    )
    const shipped = await (await mailbox()).nextAbout(placed.email, "đã được gửi đi")
    expect(shipped.text).toContain("VTP-12345678")
    expect(await level(north.stock_location_id, tea.inventoryItemId)).toEqual({
      stocked: before.stocked - 2,
      reserved: before.reserved - 2,
    })
    await expectJson(
      await move(staffNorth.token, north.id, assignment!.id, { status: "delivered" }),
      200,
    )
    const { order: medusa } = await expectJson(
      await adminFetch(`/admin/orders/${placed.id}?fields=id,fulfillment_status,payment_status`),
      200,
    )
    expect(medusa).toMatchObject({ fulfillment_status: "delivered", payment_status: "captured" })
  })

  it("keeps a bank-transfer order from shipping before the money arrives (409)", async () => {
    const placed = await order({
      items: [{ variant_id: tea.variantId, quantity: 1 }],
      province: "Quảng Nam",
      payment_method: "bank_transfer",
    })
    const [assignment] = await assignmentsOf(placed.id)
    await expectJson(
      await move(staffNorth.token, north.id, assignment!.id, { status: "preparing" }),
      200,
    )
    const res = await move(staffNorth.token, north.id, assignment!.id, {
      status: "shipped",
      carrier: "VNPost",
      tracking_number: "VN12345678",
    })
    expect(res.status).toBe(409)
    expect((await res.json()).message).toMatch(/transfer/)
    expect((await assignmentsOf(placed.id))[0]).toMatchObject({
      status: "preparing",
      carrier: null,
    })
  })

  it("cancels with a reason: the units are free on the shelf again, the order cancelled", async () => {
    const before = await level(south.stock_location_id, tea.inventoryItemId)
    const placed = await order({
      items: [{ variant_id: tea.variantId, quantity: 2 }],
      province: "Đắk Lắk",
    })
    const [assignment] = await assignmentsOf(placed.id)
    expect(await level(south.stock_location_id, tea.inventoryItemId)).toEqual({
      stocked: before.stocked,
      reserved: before.reserved + 2,
    })
    await expectJson(
      await move(staffSouth.token, south.id, assignment!.id, {
        status: "cancelled",
        reason: "Hàng bị vỡ khi đóng gói",
      }),
      200,
    )
    expect(await level(south.stock_location_id, tea.inventoryItemId)).toEqual(before)
    expect((await assignmentsOf(placed.id))[0]).toMatchObject({
      status: "cancelled",
      cancel_reason: "Hàng bị vỡ khi đóng gói",
    })
    const { order: medusa } = await expectJson(
      await adminFetch(`/admin/orders/${placed.id}?fields=id,status`),
      200,
    )
    expect(medusa.status).toBe("canceled")
    const mail = await (await mailbox()).nextAbout(placed.email, "đã bị huỷ")
    expect(mail.text).toContain("Hàng bị vỡ khi đóng gói")
  })

  it("leaves the queue when an officer cancels the order in Medusa", async () => {
    const placed = await order({
      items: [{ variant_id: tea.variantId, quantity: 1 }],
      province: "Đắk Lắk",
    })
    await expectJson(await adminFetch(`/admin/orders/${placed.id}/cancel`, post({})), 200)
    let status = ""
    for (let attempt = 0; attempt < 40 && status !== "cancelled"; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 250))
      status = (await assignmentsOf(placed.id))[0]!.status
    }
    expect(status).toBe("cancelled")
  })
})

describe("the shopper's view of the order", () => {
  it("shows the pickup code only with the order's proof", async () => {
    const placed = await order({
      items: [{ variant_id: honey.variantId, quantity: 1 }],
      optionId: centreOption,
    })
    const [assignment] = await assignmentsOf(placed.id)
    const url = `/store/ocop/orders/${placed.id}/progress`
    const { storeFetch } = await import("../support/store-api")
    expect((await storeFetch(url)).status).toBe(404)
    const { parts } = await expectJson(
      await storeFetch(url, { headers: { "x-order-access-token": placed.token } }),
      200,
    )
    expect(parts[0]).toMatchObject({
      kind: "pickup",
      status: "new",
      pickup_code: assignment!.pickup_code,
      place: { id: centre.id, opening_hours: "07:30–17:00" },
    })
  })
})
