// A place's counter is a sales channel of its own: counter sales are orders in it, taking units
// off that place's shelf only, and each one's receipt can be read back by the place's staff.
import { beforeAll, describe, expect, it } from "vitest"
import { adminFetch, createCandidateProduct, type Goods, listedGoods } from "../support/admin-api"
import { expectJson } from "../support/http"
import { backendUrl } from "../support/env"
import { placeOrder } from "../support/orders"
import {
  at,
  type Place,
  receiveGoods,
  sellAtCounter,
  shelf,
  staffFetch,
} from "../support/staff-api"
import { twoPlacesBeforeAll } from "../support/staff-fixtures"
import { storeFetch } from "../support/store-api"

const places = twoPlacesBeforeAll(["Quầy X", "Quầy Y"])
let goods: Goods

const sell = (token: string, place: Place, quantity: number, method = "cash") =>
  sellAtCounter(token, place, [{ variant_id: goods.variantId, quantity }], method)

/** The stock locations a sales channel sells from. */
async function locationsOf(salesChannelId: string) {
  const { stock_locations } = await expectJson(
    await adminFetch(`/admin/stock-locations?sales_channel_id=${salesChannelId}&limit=5000`),
    200,
  )
  return (stock_locations as { id: string }[]).map((location) => location.id)
}

beforeAll(async () => {
  goods = await listedGoods("Mật ong quầy")
  for (const [token, place] of [
    [places.staffX, places.x],
    [places.staffY, places.y],
  ] as const) {
    await receiveGoods(token, place.id, goods, 10)
  }
})

describe("a place's counter", () => {
  it("sells in the place's own sales channel, which holds that place's stock alone", async () => {
    const { order } = await sell(places.staffX, places.x, 2)
    const { order: stored } = await expectJson(
      await adminFetch(`/admin/orders/${order.id}?fields=id,sales_channel_id,metadata`),
      200,
    )
    const { stores } = await expectJson(await adminFetch("/admin/stores"), 200)
    const online = stores[0].default_sales_channel_id as string
    expect(stored.sales_channel_id).toBeTruthy()
    expect(stored.sales_channel_id).not.toBe(online)
    expect(await locationsOf(stored.sales_channel_id)).toEqual([places.x.stock_location_id])

    // Another place's counter is another channel; the online channel sells from both.
    const { order: other } = await sell(places.staffY, places.y, 1)
    const { order: otherStored } = await expectJson(
      await adminFetch(`/admin/orders/${other.id}?fields=id,sales_channel_id`),
      200,
    )
    expect(otherStored.sales_channel_id).not.toBe(stored.sales_channel_id)
    expect(await locationsOf(otherStored.sales_channel_id)).toEqual([places.y.stock_location_id])
    expect(await locationsOf(online)).toEqual(
      expect.arrayContaining([places.x.stock_location_id, places.y.stock_location_id]),
    )
    expect((await shelf(places.staffX, places.x.id, goods.variantId))?.stocked).toBe(8)
    expect((await shelf(places.staffY, places.y.id, goods.variantId))?.stocked).toBe(9)
  })

  it("reads a sale's receipt back: lines, whole-đồng prices, total, payment, staff, time, place", async () => {
    const before = Date.now()
    const { order, counter_sale } = await sell(places.staffX, places.x, 3, "bank_transfer")
    const { counter_sale: receipt } = await expectJson(
      await staffFetch(places.staffX, at(places.x, `/counter-sales/${order.id}`)),
      200,
    )
    expect(receipt).toEqual(counter_sale)
    expect(receipt).toMatchObject({
      id: order.id,
      place: { id: places.x.id, name: places.x.name },
      payment_method: "bank_transfer",
      currency_code: "vnd",
      items: [
        {
          variant_id: goods.variantId,
          quantity: 3,
          unit_price: 85_000,
          title: expect.stringContaining("Mật ong quầy"),
        },
      ],
      total: 255_000,
    })
    expect(receipt.staff.email).toMatch(/^staff-.*@example\.com$/)
    expect(Date.parse(receipt.created_at)).toBeGreaterThanOrEqual(before - 60_000)
    expect(Number.isInteger(receipt.display_id)).toBe(true)
  })

  it("lists the place's receipts newest first, paginated, and only this place's", async () => {
    const { order: latest } = await sell(places.staffX, places.x, 1)
    const page = await expectJson(
      await staffFetch(places.staffX, at(places.x, "/counter-sales?limit=2")),
      200,
    )
    expect(page).toMatchObject({ count: 3, limit: 2, offset: 0 })
    expect(page.counter_sales).toHaveLength(2)
    expect(page.counter_sales[0].id).toBe(latest.id)
    const rest = await expectJson(
      await staffFetch(places.staffX, at(places.x, "/counter-sales?limit=2&offset=2")),
      200,
    )
    expect(rest.counter_sales).toHaveLength(1)
    expect(rest.counter_sales[0].items[0].quantity).toBe(2)
    const atY = await expectJson(
      await staffFetch(places.staffY, at(places.y, "/counter-sales")),
      200,
    )
    expect(atY.count).toBe(1)
    for (const query of ["?limit=0", "?limit=1000", "?offset=-1", "?limit=abc"]) {
      expect((await staffFetch(places.staffX, at(places.x, `/counter-sales${query}`))).status).toBe(
        400,
      )
    }
  })
})

describe("what a place can receive", () => {
  it("lists producers with their listable goods, by producer name or product title", async () => {
    for (const q of [goods.tag, goods.producer.name, `Mật ong quầy ${goods.tag}`]) {
      const { producers } = await expectJson(
        await staffFetch(places.staffX, at(places.x, `/producers?q=${encodeURIComponent(q)}`)),
        200,
      )
      expect(producers).toEqual([
        {
          id: goods.producer.id,
          name: goods.producer.name,
          province: "Đắk Lắk",
          products: [
            {
              id: goods.product.id,
              title: goods.product.title,
              variants: [{ id: goods.variantId, title: "250 g", sku: expect.any(String) }],
            },
          ],
        },
      ])
    }
    const picked = await expectJson(
      await staffFetch(places.staffX, at(places.x, `/producers?producer_id=${goods.producer.id}`)),
      200,
    )
    expect(picked.producers.map((p: { id: string }) => p.id)).toEqual([goods.producer.id])
    expect(picked.count).toBe(1)
  })

  it("finds producers without diacritics, by their name or a product's title", async () => {
    const find = async (q: string) => {
      const { producers } = await expectJson(
        await staffFetch(
          places.staffX,
          at(places.x, `/producers?q=${encodeURIComponent(q)}&limit=50`),
        ),
        200,
      )
      return producers.map((producer: { id: string }) => producer.id)
    }
    // "HTX Thử nghiệm <tag>" typed on a keyboard without Vietnamese input.
    expect(await find(goods.producer.name.replace("Thử nghiệm", "thu nghiem"))).toEqual([
      goods.producer.id,
    ])
    const { product } = await expectJson(
      await storeFetch("/store/ocop/products/que-tra-my-thanh"),
      200,
    )
    expect(await find("que tra my thanh")).toContain(product.producer.id)
    expect(await find("QUẾ TRÀ MY THANH")).toContain(product.producer.id)
  })

  it("leaves out producers without listable goods", async () => {
    const draft = await createCandidateProduct("Chưa chứng nhận", { manageInventory: true })
    const { producers, count } = await expectJson(
      await staffFetch(places.staffX, at(places.x, `/producers?q=${draft.tag}`)),
      200,
    )
    expect(producers).toEqual([])
    expect(count).toBe(0)
    for (const query of ["?limit=0", "?limit=51", "?offset=-1"]) {
      expect((await staffFetch(places.staffX, at(places.x, `/producers${query}`))).status).toBe(400)
    }
  })
})

describe("place access to counter sales and receivable goods", () => {
  it("gives staff of place X a 404 on place Y's receipts, sales and producers, and on shoppers' orders", async () => {
    const { order: saleAtY } = await sell(places.staffY, places.y, 1)
    // A shopper's online order is no counter sale of any place.
    const { order: online } = await placeOrder([goods.variantId])
    const attempts = [
      staffFetch(places.staffX, at(places.x, `/counter-sales/${online.id}`)),
      staffFetch(places.staffX, at(places.y, "/counter-sales")),
      staffFetch(places.staffX, at(places.y, `/counter-sales/${saleAtY.id}`)),
      // Y's sale read through X's own place is not X's sale either.
      staffFetch(places.staffX, at(places.x, `/counter-sales/${saleAtY.id}`)),
      staffFetch(places.staffX, at(places.x, "/counter-sales/order_unknown")),
      staffFetch(places.staffX, at(places.y, "/producers")),
    ]
    for (const res of await Promise.all(attempts)) expect(res.status).toBe(404)
    const unsigned = await fetch(new URL(at(places.x, "/counter-sales"), backendUrl()))
    expect(unsigned.status).toBe(401)
  }, 120_000)
})
