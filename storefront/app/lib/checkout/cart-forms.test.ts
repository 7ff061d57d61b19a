import { expect, test } from "vitest"
import { AddToCartSchema, CartLineSchema } from "./cart-forms.ts"

test("adding to the cart takes one variant and 1 to 99 of it, one by default", () => {
  expect(AddToCartSchema.parse({ variant_id: "variant_01ABC" })).toEqual({
    variant_id: "variant_01ABC",
    quantity: 1,
  })
  expect(AddToCartSchema.parse({ variant_id: "variant_01ABC", quantity: "3" }).quantity).toBe(3)
  expect(AddToCartSchema.safeParse({ variant_id: "variant_01ABC", quantity: "0" }).success).toBe(
    false,
  )
  expect(AddToCartSchema.safeParse({ variant_id: "variant_01ABC", quantity: "100" }).success).toBe(
    false,
  )
  expect(AddToCartSchema.safeParse({ variant_id: "prod_01ABC" }).success).toBe(false)
})

test("a cart line is updated to a quantity (0 removes it) or removed", () => {
  expect(CartLineSchema.parse({ intent: "update", line_id: "cali_01X", quantity: "2" })).toEqual({
    intent: "update",
    line_id: "cali_01X",
    quantity: 2,
  })
  expect(CartLineSchema.parse({ intent: "remove", line_id: "cali_01X" }).intent).toBe("remove")
  expect(
    CartLineSchema.safeParse({ intent: "update", line_id: "cali_01X", quantity: "-1" }).success,
  ).toBe(false)
  expect(CartLineSchema.safeParse({ intent: "drop", line_id: "cali_01X" }).success).toBe(false)
})
