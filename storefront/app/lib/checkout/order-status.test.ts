import { expect, test } from "vitest"
import { resources } from "#app/locales/index.ts"
import { orderProgress, orderProgressOf } from "./order-status.ts"

test("an order's progress follows its fulfillment until it is completed or canceled", () => {
  expect(orderProgressOf({ status: "pending", fulfillment_status: "not_fulfilled" })).toBe(
    "processing",
  )
  expect(orderProgressOf({ status: "pending", fulfillment_status: "fulfilled" })).toBe("ready")
  expect(orderProgressOf({ status: "pending", fulfillment_status: "partially_shipped" })).toBe(
    "shipped",
  )
  expect(orderProgressOf({ status: "pending", fulfillment_status: "delivered" })).toBe("delivered")
  expect(orderProgressOf({ status: "completed", fulfillment_status: "delivered" })).toBe(
    "completed",
  )
  expect(orderProgressOf({ status: "canceled", fulfillment_status: "not_fulfilled" })).toBe(
    "canceled",
  )
  expect(orderProgressOf({ status: "requires_action", fulfillment_status: null })).toBe(
    "processing",
  )
})

test("every order progress has a name in both languages", () => {
  for (const progress of orderProgress) {
    expect(resources.vi.common.orders.progress[progress]).toBeTruthy()
    expect(resources.en.common.orders.progress[progress]).toBeTruthy()
  }
})
