import { expect, test } from "vitest"
import { cartLineViews, hasUnlisted } from "./cart-lines.ts"
import type { CartLine } from "./commerce-types.ts"
import type { ProductDetail } from "@ocop/shared"

const line = (id: string, handle: string, variant: string): CartLine => ({
  id,
  product_handle: handle,
  title: "Cà phê Robusta Buôn Ma Thuột rang xay",
  variant_id: variant,
  variant_title: "500 g",
  thumbnail: null,
  quantity: 1,
  unit_price: 160000,
  subtotal: 160000,
})

const coffee = {
  title: "Buon Ma Thuot Robusta ground coffee",
  stars: 5,
  variants: [{ id: "variant_500g", title: "500 g", sku: null, price: null }],
} as unknown as ProductDetail

test("a line of a listed product takes the title in the page's language", () => {
  const [view] = cartLineViews(
    [line("cali_1", "ca-phe", "variant_500g")],
    new Map([["ca-phe", coffee]]),
  )
  expect(view).toMatchObject({
    title: "Buon Ma Thuot Robusta ground coffee",
    listed: true,
    stars: 5,
  })
})

test("a line whose product the certificate gate no longer lists is marked not for sale", () => {
  const views = cartLineViews(
    [line("cali_1", "ca-phe", "variant_500g"), line("cali_2", "nuoc-mam-thu-hoi", "variant_x")],
    new Map([
      ["ca-phe", coffee],
      ["nuoc-mam-thu-hoi", null],
    ]),
  )
  expect(views.map((view) => view.listed)).toEqual([true, false])
  expect(views[1]?.title).toBe("Cà phê Robusta Buôn Ma Thuột rang xay")
  expect(hasUnlisted(views)).toBe(true)
})

test("a variant that left a listed product is not for sale either", () => {
  const [view] = cartLineViews(
    [line("cali_1", "ca-phe", "variant_gone")],
    new Map([["ca-phe", coffee]]),
  )
  expect(view?.listed).toBe(false)
})
