import { expect, test } from "vitest"
import { movementViews, signed } from "./movements.ts"
import type { StockMovement } from "./types.ts"

const base: StockMovement = {
  id: "ocsm_1",
  place_id: "ocpl_1",
  variant_id: "variant_a",
  kind: "receipt",
  quantity_change: 20,
  quantity_after: 20,
  reason: null,
  delivery_note: "PX-001",
  producer_id: "ocpr_1",
  actor_type: "staff",
  actor_id: "ocsu_me",
  actor: { type: "staff", id: "ocsu_me", name: "Lan Nguyễn" },
  transfer_id: null,
  order_id: null,
  created_at: "2026-11-23T03:00:00.000Z",
}

test("history rows say who (the actor, by name), what and why", () => {
  const views = movementViews(
    [
      base,
      {
        ...base,
        id: "ocsm_2",
        kind: "counter_sale",
        quantity_change: -1,
        quantity_after: 19,
        delivery_note: null,
        order_id: "order_1",
        actor_type: "staff",
        actor_id: "ocsu_other",
        actor: { type: "staff", id: "ocsu_other", name: "Minh Trần" },
      },
      {
        ...base,
        id: "ocsm_3",
        kind: "stocktake",
        variant_id: "variant_gone",
        reason: "Vỡ 2 hũ",
        delivery_note: null,
        actor_type: "system",
        actor_id: null,
        actor: { type: "system", id: null, name: null },
      },
      {
        ...base,
        id: "ocsm_4",
        kind: "transfer_out",
        delivery_note: null,
        transfer_id: "octr_1",
        actor_type: "organizer",
        actor_id: "ocou_gone",
        actor: { type: "organizer", id: "ocou_gone", name: null },
      },
    ],
    [
      {
        inventory_item_id: "iitem_1",
        variant_id: "variant_a",
        sku: null,
        product_id: "prod_1",
        title: "Mật ong — Chai 500 ml",
        stocked: 19,
        reserved: 0,
        available: 19,
        low: false,
      },
    ],
    "ocsu_me",
  )
  expect(views.map(({ item, who, why }) => ({ item, who, why }))).toEqual([
    {
      item: "Mật ong — Chai 500 ml",
      who: { self: true },
      why: { kind: "deliveryNote", text: "PX-001" },
    },
    {
      item: "Mật ong — Chai 500 ml",
      who: { self: false, type: "staff", name: "Minh Trần" },
      why: { kind: "order", text: "order_1" },
    },
    {
      item: "variant_gone",
      who: { self: false, type: "system", name: null },
      why: { kind: "reason", text: "Vỡ 2 hũ" },
    },
    {
      item: "Mật ong — Chai 500 ml",
      who: { self: false, type: "organizer", name: "ocou_gone" },
      why: { kind: "transfer", text: "octr_1" },
    },
  ])
})

test("a change always shows its sign", () => {
  expect([signed(5), signed(-3), signed(0)]).toEqual(["+5", "−3", "0"])
})
