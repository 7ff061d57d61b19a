// Goods are sold, received and moved by the unit: a quantity that is not a whole number —
// 0.0001, 1.5 — or a cart line below one is refused with a 400 that names the field, and the
// cart or shelf is left as it was (issue #15, finding 9). Before, Medusa rounded 0.0001 into a
// line of zero units that broke the cart, and the staff API answered 1.5 with
// "Field 'items, 0, quantity' is required".
import { beforeAll, describe, expect, it } from "vitest"
import { createCandidateProduct, recordCertificate, regionId } from "../../support/admin-api"
import { expectJson, post } from "../../support/http"
import { createCart } from "../../support/checkout"
import { count, sql } from "../../support/db"
import { createFair, moveFairStock, organizer } from "../../support/organizer-api"
import { createPlace, staffFetch, staffOf } from "../../support/staff-api"
import { storeFetch } from "../../support/store-api"

let goods: Awaited<ReturnType<typeof createCandidateProduct>>
let cartId: string
let lineId: string

/** The cart's lines as stored: quantity per line id. */
async function storedLines() {
  const rows = await sql(
    `select id, quantity::text as quantity from cart_line_item
     where cart_id = $1 and deleted_at is null order by id`,
    [cartId],
  )
  return rows as { id: string; quantity: string }[]
}

beforeAll(async () => {
  goods = await createCandidateProduct("Cà phê hạt")
  await recordCertificate(goods.product.id, { stars: 4, score: 76 })
  const { cart } = await expectJson(
    await createCart([{ variant_id: goods.variantId, quantity: 2 }]),
    200,
  )
  cartId = cart.id
  lineId = cart.items[0].id
})
function expectWholeUnits(body: Record<string, unknown>, field: string) {
  expect(body.message).toContain(`'${field}'`)
  expect(body.message).toMatch(/Quantities are whole units/)
  expect(body.message).not.toMatch(/required/)
}

describe("quantities are whole units", () => {
  it("refuses adding 0.0001, 1.5, 0 or -1 units to a cart, and the cart is unchanged", async () => {
    const before = await storedLines()
    for (const quantity of [0.0001, 1.5, 0, -1]) {
      const res = await storeFetch(
        `/store/carts/${cartId}/line-items`,
        post({ variant_id: goods.variantId, quantity }),
      )
      expect(res.status, `quantity ${quantity}`).toBe(400)
    }
    expect(await storedLines()).toEqual(before)
    expect(before).toEqual([{ id: lineId, quantity: "2" }])
  })

  it("names the field and the rule when a cart quantity is a fraction", async () => {
    const res = await storeFetch(
      `/store/carts/${cartId}/line-items`,
      post({ variant_id: goods.variantId, quantity: 0.0001 }),
    )
    const body = await expectJson(res, 400)
    expect(body).toMatchObject({ code: "whole_units", field: "quantity" })
    expectWholeUnits(body, "quantity")
  })

  it("refuses changing a line to 0.0001, 1.5 or 0 units, and the line keeps its quantity", async () => {
    for (const quantity of [0.0001, 1.5, 0]) {
      const res = await storeFetch(
        `/store/carts/${cartId}/line-items/${lineId}`,
        post({ quantity }),
      )
      expect(res.status, `quantity ${quantity}`).toBe(400)
    }
    expect(await storedLines()).toEqual([{ id: lineId, quantity: "2" }])
  })

  it("refuses a new cart with a fractional line, and creates no cart", async () => {
    const carts = () => count("select count(*) from cart")
    const before = await carts()
    for (const quantity of [0.5, 0]) {
      const res = await storeFetch(
        "/store/carts",
        post({ region_id: await regionId(), items: [{ variant_id: goods.variantId, quantity }] }),
      )
      expect(res.status, `quantity ${quantity}`).toBe(400)
    }
    expect(await carts()).toBe(before)
  })

  it("still takes whole units: a line changed to 3 holds 3", async () => {
    await expectJson(
      await storeFetch(`/store/carts/${cartId}/line-items/${lineId}`, post({ quantity: 3 })),
      200,
    )
    expect(await storedLines()).toEqual([{ id: lineId, quantity: "3" }])
  })

  it("refuses a staff receipt of 1.5 units with the whole-units message, and writes nothing", async () => {
    const place = await createPlace("Điểm bán đơn vị")
    const token = await staffOf([place.id])
    const movements = () =>
      count("select count(*) from ocop_stock_movement where place_id = $1", [place.id])
    const res = await staffFetch(
      token,
      `/staff/places/${place.id}/receipts`,
      post({
        producer_id: goods.producer.id,
        items: [{ variant_id: goods.variantId, quantity: 1.5 }],
      }),
    )
    const body = await expectJson(res, 400)
    expectWholeUnits(body, "items.0.quantity")
    expect(await movements()).toBe(0)
  })

  it("refuses an organiser's stock movement of 1.5 units with the whole-units message", async () => {
    const token = await organizer()
    const fair = await createFair(token)
    const place = await createPlace("Kho hội chợ")
    const res = await moveFairStock(token, fair.id, place.id, "to_fair", goods.variantId, 1.5)
    expectWholeUnits(await expectJson(res, 400), "items.0.quantity")
    expect(
      await count("select count(*) from ocop_stock_movement where place_id = $1", [fair.place_id]),
    ).toBe(0)
  })
})
