import { expect, test } from "vitest"
import {
  PRIVATE_PAGE_CACHE_CONTROL,
  PUBLIC_PAGE_CACHE_CONTROL,
  pageCacheControl,
} from "./page-cache.ts"

const page = (path: string, init: RequestInit = {}) =>
  new Request(new URL(path, "http://shop.test"), init)

test("a CDN may hold the public catalogue pages of an anonymous visitor, in both languages", () => {
  for (const path of [
    "/",
    "/products?q=ca",
    "/en/products/mat-ong",
    "/producers/htx",
    "/fairs/a",
  ]) {
    expect(pageCacheControl(page(path), 200, new Headers())).toBe(PUBLIC_PAGE_CACHE_CONTROL)
  }
  expect(PUBLIC_PAGE_CACHE_CONTROL).toMatch(/s-maxage=\d+, stale-while-revalidate=\d+/)
})

test("signed-in pages, carts, portals, errors and answers that set a cookie are never shared", () => {
  const cases: [Request, number, Headers][] = [
    [page("/products", { headers: { cookie: "ocop_cart=abc" } }), 200, new Headers()],
    [page("/cart"), 200, new Headers()],
    [page("/checkout"), 200, new Headers()],
    [page("/account"), 200, new Headers()],
    [page("/staff/places/p1"), 200, new Headers()],
    [page("/producer/products"), 200, new Headers()],
    [page("/products/gone"), 404, new Headers()],
    [page("/products"), 200, new Headers({ "set-cookie": "ocop_session=x" })],
    [page("/products", { method: "POST" }), 200, new Headers()],
  ]
  for (const [request, status, headers] of cases) {
    expect(pageCacheControl(request, status, headers)).toBe(PRIVATE_PAGE_CACHE_CONTROL)
  }
})
