import { expect, test } from "vitest"
import { pageNumber, productPath, publicProductPath, storyPath } from "./paths.ts"

test("portal paths follow the page's language", () => {
  expect(productPath("prod_1", "vi")).toBe("/producer/products/prod_1")
  expect(storyPath("prod_1", "en")).toBe("/en/producer/products/prod_1/story")
  expect(publicProductPath("que-tra-my", "en")).toBe("/en/products/que-tra-my")
})

test("list pages start at 1 and ignore nonsense", () => {
  expect(pageNumber(new URL("http://x/producer/orders?page=3"))).toBe(3)
  expect(pageNumber(new URL("http://x/producer/orders?page=-1"))).toBe(1)
  expect(pageNumber(new URL("http://x/producer/orders?page=abc"))).toBe(1)
  expect(pageNumber(new URL("http://x/producer/orders"))).toBe(1)
})
