import { describe, expect, it } from "vitest"
import { AdminDashboardQuery } from "../../api/admin/ocop/dashboard/validators"
import { startOfVietnamYear } from "../dashboard/certificate-figures"
import { dashboardCsv } from "../dashboard/csv"
import { dashboardDays } from "../dashboard/dashboard"

describe("a dashboard period", () => {
  it("is the twelve months to today in Vietnam when none is asked for", () => {
    // 18:00 UTC on 31 Dec is already 1 Jan in Vietnam.
    const now = new Date("2026-12-31T18:00:00Z")
    expect(dashboardDays({}, now)).toEqual({ from: "2026-01-02", to: "2027-01-01" })
    expect(dashboardDays({ from: "2026-06-01" }, now)).toEqual({
      from: "2026-06-01",
      to: "2027-01-01",
    })
  })

  it("counts this year's revocations from 1 January in Vietnam, not in UTC", () => {
    expect(startOfVietnamYear(new Date("2026-12-31T18:00:00Z"))).toBe("2026-12-31T17:00:00.000Z")
    expect(startOfVietnamYear(new Date("2026-06-01T00:00:00Z"))).toBe("2025-12-31T17:00:00.000Z")
  })

  it("is refused when reversed, longer than three years, not a day, or a CSV without a table", () => {
    const ok = (query: Record<string, string>) => AdminDashboardQuery.safeParse(query).success
    expect(ok({ from: "2024-01-01", to: "2026-12-31" })).toBe(true)
    expect(ok({ from: "2026-12-02", to: "2026-12-01" })).toBe(false)
    expect(ok({ from: "2023-01-01", to: "2026-12-31" })).toBe(false)
    expect(ok({ from: "2026-02-30" })).toBe(false)
    expect(ok({ from: "2026-13-01" })).toBe(false)
    expect(ok({ format: "csv" })).toBe(false)
    expect(ok({ format: "csv", table: "revoked" })).toBe(true)
  })
})

describe("a dashboard CSV", () => {
  it("heads an empty table with its columns and writes amounts as whole numbers", () => {
    const empty = { sales_by_group: [], expiring: [] } as never
    expect(dashboardCsv(empty, "expiring")).toBe(
      "certificate_number,product,producer,stars,expires_at,days_left\r\n",
    )
    const sold = { sales_by_group: [{ key: "food", label: "food", units: 3, amount: 255000 }] }
    expect(dashboardCsv(sold as never, "sales_by_group")).toBe(
      "key,label,units,amount\r\nfood,food,3,255000\r\n",
    )
  })
})
