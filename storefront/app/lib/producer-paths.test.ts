import { expect, test } from "vitest"
import {
  loginPath,
  pageNumber,
  productPath,
  publicProductPath,
  safeRedirect,
  storyPath,
} from "./producer-paths.ts"

test("portal paths follow the page's language", () => {
  expect(productPath("prod_1", "vi")).toBe("/producer/products/prod_1")
  expect(storyPath("prod_1", "en")).toBe("/en/producer/products/prod_1/story")
  expect(publicProductPath("que-tra-my", "en")).toBe("/en/products/que-tra-my")
  expect(loginPath("vi", "/producer/stock")).toBe("/producer/login?redirectTo=%2Fproducer%2Fstock")
})

test("after signing in, only a portal page of this site is a place to go back to", () => {
  expect(safeRedirect("/producer/products?page=2", "vi")).toBe("/producer/products?page=2")
  expect(safeRedirect("/en/producer", "en")).toBe("/en/producer")
  expect(safeRedirect("//evil.example/producer", "vi")).toBe("/producer")
  expect(safeRedirect("https://evil.example/producer", "vi")).toBe("/producer")
  expect(safeRedirect("/checkout", "en")).toBe("/en/producer")
  expect(safeRedirect("/producers/htx-que", "vi")).toBe("/producer")
  expect(safeRedirect(null, "vi")).toBe("/producer")
})

test("list pages start at 1 and ignore nonsense", () => {
  expect(pageNumber(new URL("http://x/producer/orders?page=3"))).toBe(3)
  expect(pageNumber(new URL("http://x/producer/orders?page=-1"))).toBe(1)
  expect(pageNumber(new URL("http://x/producer/orders?page=abc"))).toBe(1)
  expect(pageNumber(new URL("http://x/producer/orders"))).toBe(1)
})
