import { expect, test } from "vitest"
import { placePath, receiptPath } from "./paths.ts"

test("staff pages keep the language prefix", () => {
  expect(placePath("ocpl_1", "stock", "vi")).toBe("/staff/places/ocpl_1")
  expect(placePath("ocpl_1", "transfer", "en")).toBe("/en/staff/places/ocpl_1/transfers/new")
  expect(receiptPath("ocpl_1", "order_1", "en")).toBe("/en/staff/places/ocpl_1/receipts/order_1")
})
