import { describe, expect, test } from "vitest"
import { transferViews } from "./transfers.ts"
import type { ShelfRow, StockTransfer } from "./types.ts"

const here = { id: "opl_here", name: "Trung tâm OCOP Đắk Lắk", province: "Đắk Lắk" }
const there = { id: "opl_there", name: "Điểm bán Hồ Lắk", province: "Đắk Lắk" }

function transfer(overrides: Partial<StockTransfer>): StockTransfer {
  return {
    id: "octr_1",
    from_place_id: here.id,
    to_place_id: there.id,
    from_place: here,
    to_place: there,
    status: "in_transit",
    lines: [{ variant_id: "variant_1", inventory_item_id: "iitem_1", quantity: 3 }],
    note: null,
    sent_by_type: "staff",
    sent_by: "ocsu_1",
    received_by_type: null,
    received_by: null,
    received_at: null,
    created_at: "2026-11-23T08:00:00.000Z",
    ...overrides,
  }
}

const shelf = [{ variant_id: "variant_1", title: "Cà phê Robusta — 500 g" }] as ShelfRow[]

describe("transfers as a place sees them", () => {
  test("names the other place, whichever way the goods go, and the goods by the shelf's title", () => {
    const [outgoing] = transferViews([transfer({})], here.id, shelf)
    expect(outgoing).toMatchObject({
      direction: "outgoing",
      otherPlace: there.name,
      lines: [{ variant_id: "variant_1", title: "Cà phê Robusta — 500 g", quantity: 3 }],
    })
    const [incoming] = transferViews([transfer({})], there.id, [])
    expect(incoming).toMatchObject({
      direction: "incoming",
      otherPlace: here.name,
      lines: [{ title: "variant_1" }],
    })
  })

  test("falls back to the id of a place removed since", () => {
    const [view] = transferViews([transfer({ to_place: null })], here.id, shelf)
    expect(view?.otherPlace).toBe(there.id)
  })
})
