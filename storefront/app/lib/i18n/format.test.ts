import { describe, expect, test } from "vitest"
import { formatDate, formatVnd } from "./format.ts"

const nbsp = "\u00a0"

describe("formatVnd", () => {
  test("writes Vietnamese prices with dot grouping and the đồng sign after", () => {
    expect(formatVnd(125000, "vi")).toBe(`125.000${nbsp}₫`)
  })

  test("writes English prices in VND with the sign first", () => {
    expect(formatVnd(125000, "en")).toBe("₫125,000")
  })

  test("always shows whole đồng, because VND has no minor unit", () => {
    expect(formatVnd(99999.5, "vi")).toBe(`100.000${nbsp}₫`)
    expect(formatVnd(1250000.4, "en")).toBe("₫1,250,000")
    expect(formatVnd(35000, "vi")).not.toMatch(/,\d/)
    expect(formatVnd(35000, "en")).not.toMatch(/\.\d/)
  })
})

describe("formatDate", () => {
  test("uses Vietnam's calendar day whatever the server's time zone", () => {
    expect(formatDate("2027-03-14T20:00:00Z", "vi")).toBe("15 tháng 3, 2027")
    expect(formatDate("2027-03-14T20:00:00Z", "en")).toBe("March 15, 2027")
  })
})
