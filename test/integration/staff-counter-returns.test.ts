// Goods brought back to the counter that sold them: refunded at the price they were sold for,
// back on that place's shelf with a movement in the staff member's name, shown on the receipt;
// an exchange sells the goods taken instead in the same run. Nothing else is ever written.
import { beforeAll, describe, expect, it } from "vitest"
import { createCandidateProduct, type Goods, listedGoods } from "../support/admin-api"
import { expectJson, post } from "../support/http"
import { sql } from "../support/db"
import { placeOrder } from "../support/orders"
import {
  at,
  movements,
  type Place,
  receiveGoods,
  sellAtCounter,
  shelf,
  staffFetch,
  staffId,
} from "../support/staff-api"
import { twoPlacesBeforeAll } from "../support/staff-fixtures"

const places = twoPlacesBeforeAll(["Quầy trả X", "Quầy trả Y"])
let honey: Goods
let cinnamon: Goods
let draft: Goods

const sell = async (...args: Parameters<typeof sellAtCounter>) =>
  (await sellAtCounter(...args)).counter_sale

const lineOf = (sale: Awaited<ReturnType<typeof sell>>, goods: Goods) =>
  sale.items.find((item) => item.variant_id === goods.variantId)!.id

function giveBack(token: string, place: Place, orderId: string, body: unknown) {
  return staffFetch(token, at(place, `/counter-sales/${orderId}/returns`), post(body))
}

/** Everything a return could have written for this sale, counted in the database. */
async function writtenFor(orderId: string) {
  const [row] = await sql<{ returns: string; movements: string; exchanges: string }>(
    `select
       (select count(*) from ocop_counter_return where order_id = $1) as returns,
       (select count(*) from ocop_stock_movement where order_id = $1 and kind = 'counter_return') as movements,
       (select count(*) from "order" where metadata->>'exchange_of' in
          (select id from ocop_counter_return where order_id = $1)) as exchanges`,
    [orderId],
  )
  return {
    returns: Number(row!.returns),
    movements: Number(row!.movements),
    exchanges: Number(row!.exchanges),
  }
}

beforeAll(async () => {
  honey = await listedGoods("Mật ong trả")
  cinnamon = await listedGoods("Quế trả", { stars: 3, score: 60 })
  draft = await createCandidateProduct("Chưa chứng nhận trả", { manageInventory: true })
  await receiveGoods(places.staffX, places.x.id, honey, 10)
  await receiveGoods(places.staffX, places.x.id, cinnamon, 5)
  await receiveGoods(places.staffY, places.y.id, honey, 10)
})

describe("a counter return", () => {
  it("puts refunded units back on the shelf, names the staff member, and shows the refund on the receipt", async () => {
    const sale = await sell(places.staffX, places.x, [
      { variant_id: honey.variantId, quantity: 3 },
      { variant_id: cinnamon.variantId, quantity: 1 },
    ])
    expect((await shelf(places.staffX, places.x.id, honey.variantId))?.stocked).toBe(7)
    const res = await giveBack(places.staffX, places.x, sale.id, {
      items: [{ item_id: lineOf(sale, honey), quantity: 2 }],
    })
    const { counter_return, counter_sale } = await expectJson(res, 201)
    expect(counter_return).toMatchObject({
      payment_method: "cash",
      refund_total: 170_000,
      exchange: null,
      balance: -170_000,
      items: [
        {
          item_id: lineOf(sale, honey),
          variant_id: honey.variantId,
          quantity: 2,
          unit_price: 85_000,
        },
      ],
    })
    expect((await shelf(places.staffX, places.x.id, honey.variantId))?.stocked).toBe(9)
    expect((await shelf(places.staffX, places.x.id, cinnamon.variantId))?.stocked).toBe(4)

    const me = await staffId(places.staffX)
    const [latest] = (await movements(places.staffX, places.x.id)).movements
    expect(latest).toMatchObject({
      kind: "counter_return",
      variant_id: honey.variantId,
      quantity_change: 2,
      actor_type: "staff",
      actor_id: me,
    })

    // The receipt, read back, shows what came back and the refund.
    const { counter_sale: receipt } = await expectJson(
      await staffFetch(places.staffX, at(places.x, `/counter-sales/${sale.id}`)),
      200,
    )
    expect(receipt).toEqual(counter_sale)
    expect(receipt.total).toBe(4 * 85_000)
    expect(receipt.refunded_total).toBe(170_000)
    expect(
      receipt.items.find((item: { id: string }) => item.id === lineOf(sale, honey)),
    ).toMatchObject({
      quantity: 3,
      returned_quantity: 2,
    })
    expect(receipt.returns).toHaveLength(1)

    // What is left of the line can still come back, and no more.
    const more = await giveBack(places.staffX, places.x, sale.id, {
      items: [{ item_id: lineOf(sale, honey), quantity: 2 }],
    })
    expect(more.status).toBe(400)
    expect((await more.json()).message).toMatch(/1 of 3 sold can still be returned/)
    expect(await writtenFor(sale.id)).toEqual({ returns: 1, movements: 1, exchanges: 0 })
    expect((await shelf(places.staffX, places.x.id, honey.variantId))?.stocked).toBe(9)
  })

  it("exchanges: sells the goods taken instead in the same run, with the balance to pay", async () => {
    const sale = await sell(
      places.staffX,
      places.x,
      [{ variant_id: honey.variantId, quantity: 1 }],
      "bank_transfer",
    )
    const before = {
      honey: (await shelf(places.staffX, places.x.id, honey.variantId))!.stocked,
      cinnamon: (await shelf(places.staffX, places.x.id, cinnamon.variantId))!.stocked,
    }
    const { counter_return } = await expectJson(
      await giveBack(places.staffX, places.x, sale.id, {
        items: [{ item_id: lineOf(sale, honey), quantity: 1 }],
        new_items: [{ variant_id: cinnamon.variantId, quantity: 2 }],
      }),
      201,
    )
    expect(counter_return).toMatchObject({
      payment_method: "bank_transfer",
      refund_total: 85_000,
      exchange: { order_id: expect.any(String), total: 170_000 },
      balance: 85_000,
    })
    expect((await shelf(places.staffX, places.x.id, honey.variantId))!.stocked).toBe(
      before.honey + 1,
    )
    expect((await shelf(places.staffX, places.x.id, cinnamon.variantId))!.stocked).toBe(
      before.cinnamon - 2,
    )

    // The goods taken instead are a counter sale of this place, whose receipt names the return.
    const { counter_sale: exchange } = await expectJson(
      await staffFetch(
        places.staffX,
        at(places.x, `/counter-sales/${counter_return.exchange.order_id}`),
      ),
      200,
    )
    expect(exchange).toMatchObject({
      payment_method: "bank_transfer",
      total: 170_000,
      exchange_of: { return_id: counter_return.id, order_id: sale.id },
      items: [{ variant_id: cinnamon.variantId, quantity: 2 }],
    })
    expect(await writtenFor(sale.id)).toEqual({ returns: 1, movements: 1, exchanges: 1 })
  })
})

describe("returns at the same moment", () => {
  it("takes the last unit back once when two returns of it race", async () => {
    const sale = await sell(places.staffX, places.x, [{ variant_id: honey.variantId, quantity: 1 }])
    const stocked = (await shelf(places.staffX, places.x.id, honey.variantId))!.stocked
    const body = { items: [{ item_id: lineOf(sale, honey), quantity: 1 }] }
    const answers = await Promise.all([
      giveBack(places.staffX, places.x, sale.id, body),
      giveBack(places.staffX, places.x, sale.id, body),
      giveBack(places.staffX, places.x, sale.id, body),
    ])
    expect(answers.map((res) => res.status).sort()).toEqual([201, 400, 400])
    expect(await writtenFor(sale.id)).toEqual({ returns: 1, movements: 1, exchanges: 0 })
    expect((await shelf(places.staffX, places.x.id, honey.variantId))!.stocked).toBe(stocked + 1)
  })
})

describe("returns refused (400), with nothing written", () => {
  it("refuses more than sold, another receipt's line, zero or fractional units, and exchanges the shelf or the gate cannot give", async () => {
    const sale = await sell(places.staffX, places.x, [{ variant_id: honey.variantId, quantity: 2 }])
    const other = await sell(places.staffX, places.x, [
      { variant_id: cinnamon.variantId, quantity: 1 },
    ])
    const line = lineOf(sale, honey)
    const stockBefore = (await shelf(places.staffX, places.x.id, honey.variantId))!.stocked
    const movementsBefore = (await movements(places.staffX, places.x.id)).count
    const one = { item_id: line, quantity: 1 }
    const refusals: [unknown, RegExp][] = [
      [{ items: [{ item_id: line, quantity: 3 }] }, /2 of 2 sold can still be returned/],
      [
        { items: [{ item_id: lineOf(other, cinnamon), quantity: 1 }] },
        /is not a line of this sale/,
      ],
      [{ items: [{ item_id: line, quantity: 0 }] }, /too small/],
      [{ items: [{ item_id: line, quantity: 1.5 }] }, /not a whole number/],
      [{ items: [] }, /too small/],
      [{ items: [one], payment_method: "card" }, /payment_method/],
      [{ items: [one, one] }, /Each line of the sale once/],
      // More than the shelf holds, even with the returned unit back on it.
      [
        { items: [one], new_items: [{ variant_id: cinnamon.variantId, quantity: 50 }] },
        /Not enough stock/,
      ],
      // Not for sale: no certificate.
      [
        { items: [one], new_items: [{ variant_id: draft.variantId, quantity: 1 }] },
        /no active 3–5 star OCOP certificate/,
      ],
    ]
    for (const [body, message] of refusals) {
      const res = await giveBack(places.staffX, places.x, sale.id, body)
      expect(res.status, JSON.stringify(body)).toBe(400)
      expect((await res.json()).message).toMatch(message)
    }
    expect(await writtenFor(sale.id)).toEqual({ returns: 0, movements: 0, exchanges: 0 })
    expect(await writtenFor(other.id)).toEqual({ returns: 0, movements: 0, exchanges: 0 })
    expect((await shelf(places.staffX, places.x.id, honey.variantId))!.stocked).toBe(stockBefore)
    expect((await movements(places.staffX, places.x.id)).count).toBe(movementsBefore)
  })
})

describe("place access to returns", () => {
  it("gives another place's staff, another place's receipt and a shopper's order a 404, writing nothing", async () => {
    const saleAtX = await sell(places.staffX, places.x, [
      { variant_id: honey.variantId, quantity: 1 },
    ])
    const saleAtY = await sell(places.staffY, places.y, [
      { variant_id: honey.variantId, quantity: 1 },
    ])
    const { order: online } = await placeOrder([honey.variantId])
    const body = (sale: Awaited<ReturnType<typeof sell>>) => ({
      items: [{ item_id: sale.items[0]!.id, quantity: 1 }],
    })
    const attempts = [
      // Y's staff at X's place.
      giveBack(places.staffY, places.x, saleAtX.id, body(saleAtX)),
      // X's sale through Y's own place.
      giveBack(places.staffY, places.y, saleAtX.id, body(saleAtX)),
      // Y's sale through X's place, by X's staff.
      giveBack(places.staffX, places.x, saleAtY.id, body(saleAtY)),
      // A shopper's online order is no counter sale.
      giveBack(places.staffX, places.x, online.id, {
        items: [{ item_id: "ordli_online", quantity: 1 }],
      }),
      giveBack(places.staffX, places.x, "order_unknown", body(saleAtX)),
    ]
    for (const res of await Promise.all(attempts)) expect(res.status).toBe(404)
    for (const id of [saleAtX.id, saleAtY.id, online.id]) {
      expect(await writtenFor(id)).toEqual({ returns: 0, movements: 0, exchanges: 0 })
    }
  }, 120_000)
})
