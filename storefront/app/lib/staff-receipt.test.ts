import { expect, test } from "vitest"
import { receiptFromSale } from "./staff-receipt.ts"
import type { ShelfRow } from "./staff-types.ts"

const shelf: ShelfRow[] = [
  {
    inventory_item_id: "iitem_1",
    variant_id: "variant_a",
    sku: "CF-250",
    product_id: "prod_1",
    title: "Cà phê Robusta Buôn Ma Thuột — Gói 250 g",
    stocked: 10,
    reserved: 0,
    available: 10,
    low: false,
  },
]

test("a counter receipt: shelf titles, whole đồng, the exact total", () => {
  const receipt = receiptFromSale(
    {
      id: "order_1",
      display_id: 42,
      created_at: "2026-11-23T03:00:00.000Z",
      items: [
        { title: "Cà phê Robusta", variant_id: "variant_a", quantity: 2, unit_price: 85_000 },
        {
          title: "Mật ong",
          variant_title: "Chai 500 ml",
          variant_id: "variant_b",
          quantity: 1,
          unit_price: 150_000,
        },
      ],
    },
    {
      place: { id: "ocpl_1", name: "Trung tâm OCOP Đắk Lắk" },
      payment_method: "cash",
      shelf,
      now: new Date("2026-11-23T03:00:05.000Z"),
    },
  )
  expect(receipt).toEqual({
    order_id: "order_1",
    display_id: 42,
    place: { id: "ocpl_1", name: "Trung tâm OCOP Đắk Lắk" },
    created_at: "2026-11-23T03:00:00.000Z",
    payment_method: "cash",
    lines: [
      { title: "Cà phê Robusta Buôn Ma Thuột — Gói 250 g", quantity: 2, unit_price: 85_000 },
      { title: "Mật ong — Chai 500 ml", quantity: 1, unit_price: 150_000 },
    ],
    total: 320_000,
  })
})

test("an order without a display id or date still makes a receipt", () => {
  const receipt = receiptFromSale(
    { id: "order_2", items: [] },
    {
      place: { id: "ocpl_1", name: "Điểm bán" },
      payment_method: "bank_transfer",
      shelf,
      now: new Date("2026-11-23T03:00:05.000Z"),
    },
  )
  expect(receipt).toMatchObject({
    display_id: null,
    created_at: "2026-11-23T03:00:05.000Z",
    total: 0,
  })
})
