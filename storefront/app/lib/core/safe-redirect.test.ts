import { expect, test } from "vitest"
import { safeRedirect } from "./safe-redirect.ts"

test("a shopper comes back to a page of this site, never another site", () => {
  expect(safeRedirect("/checkout", "/account")).toBe("/checkout")
  expect(safeRedirect("/orders/order_1/confirmation", "/account")).toBe(
    "/orders/order_1/confirmation",
  )
  expect(safeRedirect("//evil.example/", "/account")).toBe("/account")
  expect(safeRedirect("https://evil.example/", "/account")).toBe("/account")
  expect(safeRedirect("/\\evil.example", "/account")).toBe("/account")
  expect(safeRedirect("/\tevil", "/account")).toBe("/account")
  expect(safeRedirect(null, "/account")).toBe("/account")
})
