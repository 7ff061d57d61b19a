import { describe, expect, test } from "vitest"
import { counterReturnBody, parseCash, shiftCashBody } from "./forms.ts"

function formData(entries: [string, string][]): FormData {
  const form = new FormData()
  for (const [name, value] of entries) form.append(name, value)
  return form
}

describe("the return form", () => {
  const returnable = new Map([
    ["ordli_a", 2],
    ["ordli_b", 1],
  ])
  const available = new Map([["variant_x", 4]])

  test("takes back no more than is left of each line, and sells an exchange from the shelf", () => {
    const parsed = counterReturnBody(
      formData([
        ["payment_method", "cash"],
        ["returns[0].item_id", "ordli_a"],
        ["returns[0].quantity", "2"],
        ["returns[1].item_id", "ordli_b"],
        ["returns[1].quantity", ""],
        ["items[0].variant_id", "variant_x"],
        ["items[0].quantity", "1"],
      ]),
      returnable,
      available,
    )
    expect(parsed).toEqual({
      ok: true,
      body: {
        payment_method: "cash",
        items: [{ item_id: "ordli_a", quantity: 2 }],
        new_items: [{ variant_id: "variant_x", quantity: 1 }],
      },
    })
  })

  test("refuses more than is left, fractions, and a return of nothing", () => {
    const more = counterReturnBody(
      formData([
        ["payment_method", "cash"],
        ["returns[0].item_id", "ordli_b"],
        ["returns[0].quantity", "2"],
        ["returns[1].item_id", "ordli_a"],
        ["returns[1].quantity", "1,5"],
      ]),
      returnable,
      available,
    )
    expect(more).toEqual({
      ok: false,
      errors: {
        "returns.0.quantity": "errors.moreThanReturnable",
        "returns.1.quantity": "errors.units.fraction",
      },
    })
    const none = counterReturnBody(formData([["payment_method", "cash"]]), returnable, available)
    expect(none).toEqual({ ok: false, errors: { form: "errors.noReturnLines" } })
  })
})

describe("cash in the drawer", () => {
  test("reads whole đồng, plain or grouped by thousands", () => {
    for (const [raw, dong] of [
      ["500000", 500_000],
      ["500.000", 500_000],
      ["1,250,000", 1_250_000],
      ["1 250 000", 1_250_000],
      ["0", 0],
    ] as const) {
      expect(parseCash(raw)).toEqual({ ok: true, dong })
    }
  })

  test("refuses negative, fractional, mixed and absurd amounts", () => {
    expect(parseCash("-5000")).toEqual({ ok: false, problem: "negative" })
    expect(parseCash("1,5")).toEqual({ ok: false, problem: "invalid" })
    expect(parseCash("1.500,50")).toEqual({ ok: false, problem: "invalid" })
    expect(parseCash("1.500,000")).toEqual({ ok: false, problem: "invalid" })
    expect(parseCash("2000000000")).toEqual({ ok: false, problem: "tooLarge" })
  })

  test("a shift's form needs its cash field", () => {
    expect(shiftCashBody(formData([["note", ""]]), "opening_cash")).toEqual({
      ok: false,
      errors: { opening_cash: "errors.required" },
    })
    expect(
      shiftCashBody(
        formData([
          ["counted_cash", "1.000.000"],
          ["note", " két 2 "],
        ]),
        "counted_cash",
      ),
    ).toEqual({ ok: true, body: { counted_cash: 1_000_000, note: "két 2" } })
  })
})
