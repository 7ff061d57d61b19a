import { expect, test } from "vitest"
import { formatDateRange, withDates } from "./format.ts"

test("a fair within one month names the month once, in each language", () => {
  const start = "2026-11-20T01:00:00Z"
  const end = "2026-11-25T10:00:00Z"
  expect(formatDateRange(start, end, "vi")).toMatch(/^20\s–\s25 tháng 11, 2026$/)
  expect(formatDateRange(start, end, "en")).toMatch(/^November 20\s–\s25, 2026$/)
})

test("a fair across two months names both", () => {
  expect(formatDateRange("2026-11-28T01:00:00Z", "2026-12-02T10:00:00Z", "en")).toMatch(
    /^November 28\s–\sDecember 2, 2026$/,
  )
})

test("dates are Vietnam's: a fair opening at 23:00 UTC opens the next day there", () => {
  expect(formatDateRange("2026-11-19T23:00:00Z", "2026-11-21T10:00:00Z", "en")).toMatch(
    /^November 20\s–\s21, 2026$/,
  )
})

test("a one-day fair is a single date", () => {
  expect(formatDateRange("2026-11-20T01:00:00Z", "2026-11-20T10:00:00Z", "vi")).toBe(
    "20 tháng 11, 2026",
  )
})

test("a fair carries its dates written out, the rest unchanged", () => {
  const fair = { slug: "x", starts_at: "2026-11-20T01:00:00Z", ends_at: "2026-11-20T10:00:00Z" }
  expect(withDates(fair, "vi")).toEqual({ ...fair, dates: "20 tháng 11, 2026" })
})
