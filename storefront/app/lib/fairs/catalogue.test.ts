import { expect, test } from "vitest"
import { resources } from "#app/locales/index.ts"
import {
  boothsWithProducts,
  catalogView,
  fairProducts,
  fairSections,
  groupByProductGroup,
} from "./catalogue.ts"
import type { FairBooth, ProductGroup, ProductSummary } from "@ocop/shared"

function product(id: string, group: ProductGroup): ProductSummary {
  return {
    id,
    handle: id,
    title: id,
    subtitle: null,
    thumbnail: null,
    price: null,
    stars: 4,
    level: "provincial",
    product_group: group,
    province: "Đắk Lắk",
    producer: { id: "prod", handle: "htx", name: "HTX" },
  }
}

const booths: FairBooth[] = [
  {
    id: "b1",
    number: "A01",
    producer: { id: "p1", handle: "htx-a", name: "HTX A", province: "Đắk Lắk" },
    products: [product("coffee", "drink"), product("honey", "food")],
  },
  { id: "b2", number: "A02", producer: null, products: [] },
  {
    id: "b3",
    number: "B01",
    producer: { id: "p2", handle: "htx-b", name: "HTX B", province: "Lâm Đồng" },
    products: [product("tea", "drink"), product("basket", "handicraft")],
  },
]

test("the catalog lists every product with the booth it stands at, booth by booth", () => {
  expect(fairProducts(booths).map(({ product, booth }) => [product.id, booth.number])).toEqual([
    ["coffee", "A01"],
    ["honey", "A01"],
    ["tea", "B01"],
    ["basket", "B01"],
  ])
})

test("by product group, groups follow the programme's order and empty groups are left out", () => {
  const groups = groupByProductGroup(booths)
  expect(groups.map((entry) => entry.group)).toEqual(["food", "drink", "handicraft"])
  expect(groups[1]?.items.map(({ product, booth }) => [product.id, booth.number])).toEqual([
    ["coffee", "A01"],
    ["tea", "B01"],
  ])
})

test("a fair without products has no groups", () => {
  expect(groupByProductGroup([{ ...booths[1]!, products: [] }])).toEqual([])
})

test("the printed catalog skips booths with nothing to show", () => {
  expect(boothsWithProducts(booths).map((booth) => booth.number)).toEqual(["A01", "B01"])
})

test("the catalog is by booth unless product groups are asked for", () => {
  expect(catalogView(null)).toBe("booths")
  expect(catalogView("groups")).toBe("groups")
  expect(catalogView("anything")).toBe("booths")
})

test("every section, status and text of the fair pages exists in both languages", () => {
  const keys = (value: unknown, prefix = ""): string[] =>
    value && typeof value === "object"
      ? Object.entries(value).flatMap(([key, child]) => keys(child, `${prefix}${key}.`))
      : [prefix.replace(/(_one|_other)?\.$/, "")]
  const vi = new Set(keys(resources.vi.fairs))
  const en = new Set(keys(resources.en.fairs))
  expect([...vi].sort()).toEqual([...en].sort())
  for (const section of fairSections) {
    expect(resources.vi.fairs.list.sections[section]).toBeTruthy()
    expect(resources.en.fairs.list.empty[section]).toBeTruthy()
  }
  expect(resources.vi.common.nav.fairs).toBe("Hội chợ")
  expect(resources.en.common.nav.fairs).toBe("Fairs")
})
