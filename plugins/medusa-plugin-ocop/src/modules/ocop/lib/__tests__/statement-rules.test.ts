import { describe, expect, it } from "vitest"
import {
  commissionBps,
  commissionOf,
  statementFigures,
  statementPeriod,
  unitsReconcile,
} from "../statement-rules"

const units = {
  opening: 2,
  received: 10,
  sold_counter: 3,
  sold_online: 2,
  returned: 1,
  adjusted: -1,
  on_shelf: 5,
}

describe("consignment statement rules", () => {
  it("a place's own commission wins over its type's default", () => {
    expect(commissionBps({ type: "sales_point", commission_bps: 1200 })).toBe(1200)
    expect(commissionBps({ type: "sales_point", commission_bps: null })).toBe(2000)
    expect(commissionBps({ type: "provincial_centre" })).toBe(1500)
  })

  it("commission is whole đồng, rounded once on the total", () => {
    expect(commissionOf(333_333, 1500)).toBe(50_000)
    expect(Number.isInteger(commissionOf(1, 1500))).toBe(true)
  })

  it("owed = sales − commission and balance = owed − paid", () => {
    const figures = statementFigures(
      units,
      { sales_counter: 300_000, sales_online: 200_000 },
      2000,
      150_000,
    )
    expect(figures).toMatchObject({
      sold: 5,
      sales: 500_000,
      commission: 100_000,
      owed: 400_000,
      balance: 250_000,
    })
  })

  it("units reconcile: opening + received − sold − returned + adjusted = on shelf", () => {
    expect(unitsReconcile(units)).toBe(true)
    expect(unitsReconcile({ ...units, on_shelf: 6 })).toBe(false)
  })

  it("a period runs from Vietnamese midnight to the midnight after its last day", () => {
    expect(statementPeriod("2026-11-01", "2026-11-30")).toEqual({
      from: "2026-10-31T17:00:00.000Z",
      to: "2026-11-30T17:00:00.000Z",
    })
    expect(statementPeriod()).toEqual({ from: "-infinity", to: "infinity" })
  })
})
