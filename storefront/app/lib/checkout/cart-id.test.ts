import { expect, test } from "vitest"
import { parseCartId } from "./cart-id.ts"

test("a cart cookie holding a Medusa cart id gives that id", () => {
  expect(parseCartId("cart_01JQ7Z8W3K2N4P6R8T0V2X4Z6B")).toBe("cart_01JQ7Z8W3K2N4P6R8T0V2X4Z6B")
})

test("a missing, empty or foreign cookie value means no cart", () => {
  expect(parseCartId(null)).toBeNull()
  expect(parseCartId(undefined)).toBeNull()
  expect(parseCartId("")).toBeNull()
  expect(parseCartId(42)).toBeNull()
  expect(parseCartId({ id: "cart_01JQ7Z8W3K2N4P6R8T0V2X4Z6B" })).toBeNull()
  expect(parseCartId("order_01JQ7Z8W3K2N4P6R8T0V2X4Z6B")).toBeNull()
  expect(parseCartId("cart_01JQ7Z8W3K/../../admin")).toBeNull()
})
