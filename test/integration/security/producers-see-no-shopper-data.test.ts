// A producer's orders page says which orders hold their products — number, status, date, the
// province it goes to — and their own lines: never the order's id (which opened the shopper's
// order on Medusa's store API), the shopper's name or contact data, or another producer's lines
// of the same order.
import { beforeAll, describe, expect, it } from "vitest"
import { certifiedGoods, type Goods } from "../../support/admin-api"
import { expectJson } from "../../support/http"
import { shopperAddress, shopperContacts } from "../../support/checkout"
import { placeOrder, unique } from "../../support/orders"
import { sql } from "../../support/db"
import { producerFetch, registerProducerUser } from "../../support/producer-api"

let mine: Goods
let theirs: Goods
let myToken: string
let theirToken: string
let placed: Awaited<ReturnType<typeof placeOrder>>

// Two producers, their certified products and an order: the whole checkout, slow when loaded.
beforeAll(async () => {
  ;[mine, theirs] = [
    await certifiedGoods("Trà shan tuyết", { stars: 4, score: 74 }),
    await certifiedGoods("Gạo séng cù", { stars: 3, score: 57 }),
  ]
  ;[myToken, theirToken] = [
    (await registerProducerUser(`producer-${unique()}@example.com`, mine.producer.id)).token,
    (await registerProducerUser(`producer-${unique()}@example.com`, theirs.producer.id)).token,
  ]
  // One shopper's order with both producers' products in it.
  placed = await placeOrder([mine.variantId, theirs.variantId])
}, 120_000)

type ProducerOrders = {
  orders: {
    display_id: number
    status: string
    created_at: string
    province: string | null
    served_from: string[]
    lines: { product_id: string; variant_id: string; quantity: number; unit_price: number }[]
  }[]
  count: number
}

async function ordersOf(token: string, query = "?limit=50") {
  return expectJson<ProducerOrders>(await producerFetch(token, `/producer/orders${query}`), 200)
}

describe("producers see no shopper data", () => {
  it("shows a producer the order by its display number, status, date and province, with their line and no contact data", async () => {
    const list = await ordersOf(myToken)
    const order = list.orders.find((row) => row.display_id === placed.order.display_id)
    expect(order).toMatchObject({
      display_id: placed.order.display_id,
      status: "pending",
      province: shopperAddress.province,
      lines: [
        {
          product_id: mine.product.id,
          variant_id: mine.variantId,
          quantity: 1,
          unit_price: 85000,
          total: 85000,
        },
      ],
    })
    expect(Object.keys(order ?? {}).sort()).toEqual([
      "created_at",
      "display_id",
      "lines",
      "province",
      "served_from",
      "status",
    ])
    // The place serving the producer's line: the one its live assignment names (none here: these
    // products keep no stock; orders-reach-the-shelves.test.ts sees a centre named).
    const serving = await sql<{ name: string }>(
      `select sl.name from ocop_order_assignment a
         join stock_location sl on sl.id = a.stock_location_id
        where a.order_id = $1 and a.status <> 'cancelled' and a.deleted_at is null
          and exists (select 1 from jsonb_array_elements(a.items) line
                       join order_line_item li on li.id = line->>'order_item_id'
                      where li.product_id = $2)`,
      [placed.order.id, mine.product.id],
    )
    expect(order?.served_from).toEqual([...new Set(serving.map((row) => row.name))])
    const text = JSON.stringify(list)
    expect(text).not.toContain(placed.order.id)
    for (const contact of [...shopperContacts(placed.email), shopperAddress.first_name]) {
      expect(text).not.toContain(contact)
    }
  })

  it("never shows one producer the other producer's line of the same order", async () => {
    const [my, their] = [await ordersOf(myToken), await ordersOf(theirToken)]
    const ids = (list: ProducerOrders) =>
      new Set(list.orders.flatMap((order) => order.lines.map((line) => line.product_id)))
    expect(ids(my)).toEqual(new Set([mine.product.id]))
    expect(ids(their)).toEqual(new Set([theirs.product.id]))
    expect(JSON.stringify(my)).not.toContain(theirs.product.title)
    expect(JSON.stringify(their)).not.toContain(mine.product.title)
    expect(JSON.stringify(their)).not.toContain(placed.order.id)
  })

  it("never lists an order of another producer's products alone", async () => {
    const only = await placeOrder([theirs.variantId])
    const mineNow = await ordersOf(myToken)
    expect(mineNow.orders.map((order) => order.display_id)).not.toContain(only.order.display_id)
    const theirsNow = await ordersOf(theirToken)
    expect(theirsNow.orders.map((order) => order.display_id)).toContain(only.order.display_id)
  })

  it("pages by order, newest first, with the count of every order", async () => {
    const second = await placeOrder([mine.variantId])
    const first = await ordersOf(myToken, "?limit=1&offset=0")
    expect(first.count).toBe(2)
    expect(first.orders.map((order) => order.display_id)).toEqual([second.order.display_id])
    const next = await ordersOf(myToken, "?limit=1&offset=1")
    expect(next.orders.map((order) => order.display_id)).toEqual([placed.order.display_id])
    const past = await ordersOf(myToken, "?limit=1&offset=5")
    expect(past).toMatchObject({ orders: [], count: 2 })
  })

  it("answers a malformed page with 400", async () => {
    for (const query of ["?limit=0", "?limit=abc", "?offset=-1", "?limit=201", "?offset=1.5"]) {
      const body = await expectJson(await producerFetch(myToken, `/producer/orders${query}`), 400)
      expect(body.message).toEqual(expect.any(String))
    }
  })
})
