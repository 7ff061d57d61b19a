// A counter's shift: opened with the drawer's cash (one open shift per place), closed with the
// cash counted; the close sets the counter sales and refunds made during the shift, by payment
// method, against it: expected cash = opening + cash sales − cash refunds.
import { beforeAll, describe, expect, it } from "vitest"
import { type Goods, listedGoods } from "../support/admin-api"
import { expectJson, post } from "../support/http"
import { sql } from "../support/db"
import {
  at,
  createPlace,
  type Place,
  receiveGoods,
  sellAtCounter,
  staffFetch,
  staffId,
  staffOf,
} from "../support/staff-api"
import { twoPlacesBeforeAll } from "../support/staff-fixtures"

const places = twoPlacesBeforeAll(["Quầy ca X", "Quầy ca Y"])
let goods: Goods

async function sell(quantity: number, payment_method: string) {
  const items = [{ variant_id: goods.variantId, quantity }]
  return (await sellAtCounter(places.staffX, places.x, items, payment_method)).counter_sale
}

async function shiftsAt(place: Place) {
  return sql<{ id: string; closed_at: Date | null; counted_cash: number | null; summary: unknown }>(
    `select id, closed_at, counted_cash, summary from ocop_counter_shift where place_id = $1 and deleted_at is null`,
    [place.id],
  )
}

beforeAll(async () => {
  goods = await listedGoods("Cà phê ca")
  await receiveGoods(places.staffX, places.x.id, goods, 30)
})

describe("a counter's shift", () => {
  it("refuses a shift's cash that is negative, fractional, not a number or absurd, opening nothing", async () => {
    for (const body of [
      { opening_cash: -1 },
      { opening_cash: 1.5 },
      { opening_cash: "500000" },
      { opening_cash: 2_000_000_000 },
      {},
      { opening_cash: 0, extra: true },
    ]) {
      const res = await staffFetch(places.staffX, at(places.x, "/shifts"), post(body))
      expect(res.status, JSON.stringify(body)).toBe(400)
    }
    expect(await shiftsAt(places.x)).toEqual([])
  })

  it("closes with expected against counted cash: opening + cash sales − cash refunds; transfers apart", async () => {
    // A sale before the shift opened is not the shift's.
    await sell(1, "cash")
    const { shift: opened } = await expectJson(
      await staffFetch(
        places.staffX,
        at(places.x, "/shifts"),
        post({ opening_cash: 500_000, note: "Ca sáng" }),
      ),
      201,
    )
    const me = await staffId(places.staffX)
    expect(opened).toMatchObject({
      status: "open",
      opening_cash: 500_000,
      opened_by: { id: me },
      closed_at: null,
      summary: { expected_cash: 500_000, sales_count: 0 },
    })

    // One open shift per place at a time.
    const second = await staffFetch(
      places.staffX,
      at(places.x, "/shifts"),
      post({ opening_cash: 0 }),
    )
    expect(second.status).toBe(409)
    expect(await shiftsAt(places.x)).toHaveLength(1)

    const cashSale = await sell(2, "cash")
    await sell(1, "bank_transfer")
    await expectJson(
      await staffFetch(
        places.staffX,
        at(places.x, `/counter-sales/${cashSale.id}/returns`),
        post({ items: [{ item_id: cashSale.items[0]!.id, quantity: 1 }] }),
      ),
      201,
    )

    // While open, the shift shows its takings so far.
    const { shift: live } = await expectJson(
      await staffFetch(places.staffX, at(places.x, `/shifts/${opened.id}`)),
      200,
    )
    expect(live.summary).toEqual({
      sales: { cash: 170_000, bank_transfer: 85_000 },
      refunds: { cash: 85_000, bank_transfer: 0 },
      sales_count: 2,
      returns_count: 1,
      expected_cash: 585_000,
      counted_cash: null,
      difference: null,
    })

    const { shift: closed } = await expectJson(
      await staffFetch(
        places.staffX,
        at(places.x, `/shifts/${opened.id}/close`),
        post({ counted_cash: 580_000 }),
      ),
      200,
    )
    expect(closed).toMatchObject({
      status: "closed",
      counted_cash: 580_000,
      closed_by: { id: me },
      note: "Ca sáng",
      summary: {
        sales: { cash: 170_000, bank_transfer: 85_000 },
        refunds: { cash: 85_000, bank_transfer: 0 },
        expected_cash: 585_000,
        counted_cash: 580_000,
        difference: -5_000,
      },
    })

    // A sale after the close changes nothing on it.
    await sell(1, "cash")
    const { shift: later } = await expectJson(
      await staffFetch(places.staffX, at(places.x, `/shifts/${opened.id}`)),
      200,
    )
    expect(later.summary).toEqual(closed.summary)

    // A closed shift is not closed again.
    const again = await staffFetch(
      places.staffX,
      at(places.x, `/shifts/${opened.id}/close`),
      post({ counted_cash: 1 }),
    )
    expect(again.status).toBe(409)
    const [stored] = await shiftsAt(places.x)
    expect(stored!.counted_cash).toBe(580_000)

    const page = await expectJson(await staffFetch(places.staffX, at(places.x, "/shifts")), 200)
    expect(page).toMatchObject({ count: 1, open_shift: null })
    expect(page.shifts[0].id).toBe(opened.id)
  })

  it("refuses a close with bad cash, keeping the shift open and untouched", async () => {
    const { shift } = await expectJson(
      await staffFetch(places.staffX, at(places.x, "/shifts"), post({ opening_cash: 0 })),
      201,
    )
    for (const body of [{ counted_cash: -5 }, { counted_cash: 10.5 }, { counted_cash: null }, {}]) {
      const res = await staffFetch(
        places.staffX,
        at(places.x, `/shifts/${shift.id}/close`),
        post(body),
      )
      expect(res.status, JSON.stringify(body)).toBe(400)
    }
    const row = (await shiftsAt(places.x)).find((entry) => entry.id === shift.id)
    expect(row).toMatchObject({ closed_at: null, counted_cash: null, summary: null })
    await expectJson(
      await staffFetch(
        places.staffX,
        at(places.x, `/shifts/${shift.id}/close`),
        post({ counted_cash: 0 }),
      ),
      200,
    )
  })
})

describe("one open shift per counter", () => {
  it("opens one of several shifts asked for at once; the others are 409", async () => {
    const place = await createPlace("Quầy ca song song")
    const token = await staffOf([place.id])
    const answers = await Promise.all(
      Array.from({ length: 5 }, () =>
        staffFetch(token, at(place, "/shifts"), post({ opening_cash: 100_000 })),
      ),
    )
    expect(answers.map((res) => res.status).sort()).toEqual([201, 409, 409, 409, 409])
    expect(await shiftsAt(place)).toHaveLength(1)
  })
})

describe("place access to shifts", () => {
  it("gives another place's staff a 404 on a place's shifts, and closes nothing", async () => {
    const { shift } = await expectJson(
      await staffFetch(places.staffX, at(places.x, "/shifts"), post({ opening_cash: 100_000 })),
      201,
    )
    const attempts = [
      staffFetch(places.staffY, at(places.x, "/shifts")),
      staffFetch(places.staffY, at(places.x, "/shifts"), post({ opening_cash: 0 })),
      staffFetch(places.staffY, at(places.x, `/shifts/${shift.id}`)),
      staffFetch(
        places.staffY,
        at(places.x, `/shifts/${shift.id}/close`),
        post({ counted_cash: 0 }),
      ),
      // X's shift through Y's own place.
      staffFetch(places.staffY, at(places.y, `/shifts/${shift.id}`)),
      staffFetch(
        places.staffY,
        at(places.y, `/shifts/${shift.id}/close`),
        post({ counted_cash: 0 }),
      ),
      staffFetch(places.staffX, at(places.x, "/shifts/ocsh_unknown")),
    ]
    for (const res of await Promise.all(attempts)) expect(res.status).toBe(404)
    const row = (await shiftsAt(places.x)).find((entry) => entry.id === shift.id)
    expect(row).toMatchObject({ closed_at: null, counted_cash: null })
    expect(await shiftsAt(places.y)).toEqual([])
  }, 120_000)
})
