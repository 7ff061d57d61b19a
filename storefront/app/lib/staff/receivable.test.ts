import { expect, test } from "vitest"
import { receivableRows } from "./receivable.ts"
import type { ShelfRow } from "./types.ts"

test("a producer's goods become receipt rows, with what the shelf already holds", () => {
  const shelf: ShelfRow[] = [
    {
      inventory_item_id: "iitem_1",
      variant_id: "variant_a",
      sku: "CF-250",
      product_id: "prod_1",
      title: "Cà phê Robusta — Gói 250 g",
      stocked: 12,
      reserved: 2,
      available: 10,
      low: false,
    },
  ]
  const rows = receivableRows(
    {
      id: "ocpr_1",
      name: "HTX Cà phê",
      province: "Đắk Lắk",
      products: [
        {
          id: "prod_1",
          title: "Cà phê Robusta",
          variants: [
            { id: "variant_a", title: "Gói 250 g", sku: "CF-250" },
            { id: "variant_b", title: "Gói 500 g", sku: null },
          ],
        },
      ],
    },
    shelf,
  )
  expect(rows.map((row) => [row.variant_id, row.title, row.stocked])).toEqual([
    ["variant_a", "Cà phê Robusta — Gói 250 g", 12],
    ["variant_b", "Cà phê Robusta — Gói 500 g", 0],
  ])
})
