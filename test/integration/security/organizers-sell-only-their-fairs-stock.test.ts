// The fair counter (issue #19): an organiser sells from their own fair ground's stock, in whole
// units, paid in a known way. Another organiser's sale on the same fair is a 404, and a sale that
// breaks the input rules is a 400; neither writes an order or moves a unit.
import { beforeAll, describe, expect, it } from "vitest"
import { expectJson, post } from "../../support/http"
import { sql } from "../../support/db"
import {
  groundStock,
  organizer,
  organizerFetch,
  organizerId,
  stockedFair,
  type TestFair,
} from "../../support/organizer-api"
import { stockedPlace } from "../../support/staff-api"

let owner: string
let other: string
let fair: TestFair
let variantId: string

const sell = (token: string, body: Record<string, unknown>) =>
  organizerFetch(token, `/organizer/fairs/${fair.id}/sales`, post(body))

/** The fair ground's counter sales as the database holds them: the rule's footprint. */
async function footprint() {
  const [row] = await sql<{ sales: number }>(
    `select count(*)::int as sales from ocop_stock_movement where place_id = $1 and kind = 'counter_sale' and deleted_at is null`,
    [fair.place_id],
  )
  return { sales: row.sales, ground: await groundStock(owner, fair.id, variantId) }
}

beforeAll(async () => {
  const { place, goods } = await stockedPlace("Trung tâm cấp hàng quầy hội chợ", "Trà quầy hội chợ")
  variantId = goods.variantId
  ;[owner, other] = await Promise.all([organizer(), organizer()])
  ;({ fair } = await stockedFair(owner, place, goods, 3, [-1, 3]))
})

describe("the fair counter", () => {
  it("sells from the fair ground's stock in the organiser's name", async () => {
    const before = await footprint()
    const sold = await expectJson(
      await sell(owner, {
        payment_method: "cash",
        items: [{ variant_id: variantId, quantity: 1 }],
      }),
      201,
    )
    expect(sold.order.id).toMatch(/^order_/)
    expect(await footprint()).toEqual({ sales: before.sales + 1, ground: before.ground - 1 })
    const rows = await sql(
      `select actor_type, actor_id from ocop_stock_movement where order_id = $1`,
      [sold.order.id],
    )
    expect(rows).toEqual([{ actor_type: "organizer", actor_id: await organizerId(owner) }])
  })

  it("answers another organiser 404 and sells nothing", async () => {
    const before = await footprint()
    const res = await sell(other, {
      payment_method: "cash",
      items: [{ variant_id: variantId, quantity: 1 }],
    })
    expect(res.status).toBe(404)
    expect(await footprint()).toEqual(before)
  })

  it("refuses fractions, unknown payments and empty sales with 400, and sells nothing", async () => {
    const before = await footprint()
    for (const body of [
      { payment_method: "cash", items: [{ variant_id: variantId, quantity: 1.5 }] },
      { payment_method: "credit", items: [{ variant_id: variantId, quantity: 1 }] },
      { payment_method: "cash", items: [] },
      { payment_method: "cash", items: [{ variant_id: variantId, quantity: 1 }], place_id: "x" },
    ]) {
      const res = await sell(owner, body)
      expect(res.status, JSON.stringify(body)).toBe(400)
      expect((await res.json()).message).toBeTruthy()
    }
    expect(await footprint()).toEqual(before)
  })
})
