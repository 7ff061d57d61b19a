// The no-oversell rule across processes: 50 buyers (online checkouts and counter sales) spread
// round-robin over two server processes race for 20 units. Only Redis locking (Medusa's
// reservation lock, the plugin's shelf lock) stands between them; the in-memory locks of a
// single process would let both servers sell the same unit.
import { describe, expect, it } from "vitest"
import { ledger, race, stockedShelf } from "../support/race"

const UNITS = 20

describe("50 buyers over two servers for 20 units", () => {
  it("sells exactly 20: 20 live orders, reservations match, stock never below zero", async () => {
    const goods = await stockedShelf(UNITS)
    const results = await race(goods, { online: 25, counter: 25 })

    expect(results.filter((r) => r.ok)).toHaveLength(UNITS)
    for (const refused of results.filter((r) => !r.ok))
      expect(refused.status).toBeGreaterThanOrEqual(400)
    const soldOnline = results.filter((r) => r.ok && r.online).length
    const soldAtCounter = UNITS - soldOnline
    const facts = await ledger(goods)
    expect(facts).toMatchObject({
      ordered_units: UNITS,
      orders: UNITS,
      // Online orders hold reservations until fulfilment; counter sales took stock at once.
      reserved_units: soldOnline,
      reserved: soldOnline,
      stocked: UNITS - soldAtCounter,
      counter_sales: soldAtCounter,
    })
    expect(facts.lowest_after).toBeGreaterThanOrEqual(0)
  }, 300_000)
})
