import { expect, test } from "vitest"
import { loginPath, placePath, receiptPath, safeRedirect } from "./staff-paths.ts"

test("staff pages keep the language prefix", () => {
  expect(placePath("ocpl_1", "stock", "vi")).toBe("/staff/places/ocpl_1")
  expect(placePath("ocpl_1", "transfer", "en")).toBe("/en/staff/places/ocpl_1/transfers/new")
  expect(receiptPath("ocpl_1", "order_1", "en")).toBe("/en/staff/places/ocpl_1/receipts/order_1")
  expect(loginPath("vi", "/staff/places/ocpl_1")).toBe(
    "/staff/login?redirectTo=%2Fstaff%2Fplaces%2Focpl_1",
  )
})

test("after signing in, only a staff page of this site", () => {
  expect(safeRedirect("/en/staff/places/ocpl_1", "en")).toBe("/en/staff/places/ocpl_1")
  expect(safeRedirect("//evil.example/staff", "vi")).toBe("/staff")
  expect(safeRedirect("/producer", "vi")).toBe("/staff")
  expect(safeRedirect("/staffroom", "en")).toBe("/en/staff")
  expect(safeRedirect(null, "vi")).toBe("/staff")
})
