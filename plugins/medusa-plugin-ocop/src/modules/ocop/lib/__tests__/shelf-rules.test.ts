import { describe, expect, it } from "vitest"
import { levelKey, NotOnShelfError, planShelf, ShelfError, type ShelfChange } from "../shelf-rules"

const item = { inventory_item_id: "iitem_1", location_id: "sloc_1" }
const levels = (stocked: number, reserved = 0) =>
  new Map([[levelKey(item), { stocked_quantity: stocked, reserved_quantity: reserved }]])
const change = (over: Partial<ShelfChange>): ShelfChange => ({ ...item, kind: "receipt", ...over })

describe("shelf rules", () => {
  it("adds a receipt and records the change", () => {
    expect(planShelf(levels(3), [change({ delta: 5 })])).toEqual([
      { key: levelKey(item), before: 3, after: 8, change: 5 },
    ])
  })

  it("starts an unknown level at zero", () => {
    expect(planShelf(new Map(), [change({ delta: 2 })])[0].after).toBe(2)
  })

  it("never takes units reserved for online orders, nor goes below zero", () => {
    expect(() => planShelf(levels(5, 3), [change({ kind: "counter_sale", delta: -3 })])).toThrow(
      ShelfError,
    )
    expect(planShelf(levels(5, 3), [change({ kind: "counter_sale", delta: -2 })])[0].after).toBe(3)
    expect(() => planShelf(levels(1), [change({ kind: "transfer_out", delta: -2 })])).toThrow(
      /Not enough stock: 1 available/,
    )
  })

  it("applies several lines on the same level in order", () => {
    const plan = planShelf(levels(4), [
      change({ kind: "counter_sale", delta: -3 }),
      change({ kind: "counter_sale", delta: -1 }),
    ])
    expect(plan.map((line) => line.after)).toEqual([1, 0])
    expect(() =>
      planShelf(levels(4), [
        change({ kind: "counter_sale", delta: -3 }),
        change({ kind: "counter_sale", delta: -2 }),
      ]),
    ).toThrow(ShelfError)
  })

  it("sets a count, refusing one below what is reserved, and fractions", () => {
    expect(planShelf(levels(10, 2), [change({ kind: "stocktake", counted: 7 })])[0].change).toBe(-3)
    expect(() => planShelf(levels(10, 2), [change({ kind: "stocktake", counted: 1 })])).toThrow()
    expect(() => planShelf(levels(10), [change({ delta: 1.5 })])).toThrow(/whole units/)
  })

  it("counts only an item on the shelf: goods arrive by receipt or transfer", () => {
    expect(() => planShelf(new Map(), [change({ kind: "stocktake", counted: 5 })])).toThrow(
      NotOnShelfError,
    )
    expect(planShelf(levels(0), [change({ kind: "stocktake", counted: 0 })])[0].after).toBe(0)
  })
})
