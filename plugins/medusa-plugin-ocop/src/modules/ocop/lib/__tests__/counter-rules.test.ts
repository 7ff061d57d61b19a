import { describe, expect, it } from "vitest"
import { CounterRuleError, planReturn, returnedByItem, summariseShift } from "../counter-rules"

const sold = [
  { item_id: "ordli_a", variant_id: "v_a", title: "Mật ong", quantity: 3, unit_price: 85_000 },
  { item_id: "ordli_b", variant_id: "v_b", title: "Quế", quantity: 1, unit_price: 120_000 },
]

describe("counter returns", () => {
  it("refunds each returned line at the price it was sold for", () => {
    const plan = planReturn(sold, new Map(), [
      { item_id: "ordli_a", quantity: 2 },
      { item_id: "ordli_b", quantity: 1 },
    ])
    expect(plan.refund_total).toBe(2 * 85_000 + 120_000)
    expect(plan.lines.map((line) => [line.item_id, line.quantity])).toEqual([
      ["ordli_a", 2],
      ["ordli_b", 1],
    ])
  })

  it("never returns more than was sold less what earlier returns took back", () => {
    const before = returnedByItem([{ lines: [{ item_id: "ordli_a", quantity: 2 }] }])
    expect(planReturn(sold, before, [{ item_id: "ordli_a", quantity: 1 }]).refund_total).toBe(
      85_000,
    )
    expect(() => planReturn(sold, before, [{ item_id: "ordli_a", quantity: 2 }])).toThrow(
      /1 of 3 sold can still be returned/,
    )
  })

  it("refuses a line of another sale, zero, fractional or repeated lines, and an empty return", () => {
    for (const request of [
      [{ item_id: "ordli_other", quantity: 1 }],
      [{ item_id: "ordli_a", quantity: 0 }],
      [{ item_id: "ordli_a", quantity: 1.5 }],
      [
        { item_id: "ordli_a", quantity: 1 },
        { item_id: "ordli_a", quantity: 1 },
      ],
      [],
    ]) {
      expect(() => planReturn(sold, new Map(), request)).toThrow(CounterRuleError)
    }
  })
})

describe("a shift's drawer", () => {
  it("expects the opening cash plus cash sales less cash refunds; transfers stay out of the drawer", () => {
    const summary = summariseShift({
      opening_cash: 500_000,
      sales: [
        { payment_method: "cash", total: 170_000 },
        { payment_method: "bank_transfer", total: 255_000 },
        { payment_method: "cash", total: 85_000 },
      ],
      returns: [
        { payment_method: "cash", refund_total: 85_000 },
        { payment_method: "bank_transfer", refund_total: 85_000 },
      ],
      counted_cash: 660_000,
    })
    expect(summary).toEqual({
      sales: { cash: 255_000, bank_transfer: 255_000 },
      refunds: { cash: 85_000, bank_transfer: 85_000 },
      sales_count: 3,
      returns_count: 2,
      expected_cash: 670_000,
      counted_cash: 660_000,
      difference: -10_000,
    })
  })

  it("has no difference before the cash is counted", () => {
    const summary = summariseShift({ opening_cash: 0, sales: [], returns: [], counted_cash: null })
    expect(summary.expected_cash).toBe(0)
    expect(summary.difference).toBeNull()
  })
})
