import { expect, test } from "vitest"
import { paginationItems } from "./pagination.ts"

const labels = (current: number, total: number) =>
  paginationItems(current, total).map((item) => (item.kind === "gap" ? "…" : item.page))

test("shows the first, last and neighbouring pages with gaps between", () => {
  expect(labels(1, 1)).toEqual([1])
  expect(labels(1, 3)).toEqual([1, 2, 3])
  expect(labels(5, 10)).toEqual([1, "…", 4, 5, 6, "…", 10])
  expect(labels(10, 10)).toEqual([1, "…", 9, 10])
})
