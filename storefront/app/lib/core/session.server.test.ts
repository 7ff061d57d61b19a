import { expect, test } from "vitest"
import { secureCookies } from "./session.server.ts"

test("the shopper's cookies are Secure on an https public address", () => {
  expect(secureCookies("https://shop.ocop.vn", new Request("http://storefront:8000/"))).toBe(true)
})

test("they are Secure when the request came over https (as the trusted proxies report it)", () => {
  expect(secureCookies(undefined, new Request("https://shop.ocop.vn/cart"))).toBe(true)
})

test("they are not Secure over plain http, where the browser would drop them", () => {
  expect(secureCookies(undefined, new Request("http://localhost:8000/"))).toBe(false)
  expect(secureCookies("http://localhost:8000", new Request("http://localhost:8000/"))).toBe(false)
})
