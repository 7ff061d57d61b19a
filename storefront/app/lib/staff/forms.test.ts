import { describe, expect, test } from "vitest"
import {
  availableByVariant,
  ClaimForm,
  counterSaleBody,
  fieldErrors,
  indexedRows,
  inputProblemErrors,
  maxSaleLines,
  parseUnits,
  receiptBody,
  stocktakeBody,
  transferBody,
} from "./forms.ts"
import type { ShelfRow } from "./types.ts"

function formData(entries: [string, string][]): FormData {
  const form = new FormData()
  for (const [name, value] of entries) form.append(name, value)
  return form
}

function row(variantId: string, available: number, sku: string | null = null): ShelfRow {
  return {
    inventory_item_id: `iitem_${variantId}`,
    variant_id: variantId,
    sku,
    product_id: "prod_1",
    title: `Cà phê Robusta — ${variantId}`,
    stocked: available + 1,
    reserved: 1,
    available,
    low: available <= 5,
  }
}

const shelf = [row("variant_a", 10, "CF-250"), row("variant_b", 2, "CF-500")]

describe("a typed number of units is whole, positive and at most 100 000", () => {
  test("digits are units; blank is none", () => {
    expect(parseUnits(" 12 ", 1)).toEqual({ ok: true, units: 12 })
    expect(parseUnits("", 1)).toEqual({ ok: true, units: null })
    expect(parseUnits("0", 0)).toEqual({ ok: true, units: 0 })
    expect(parseUnits("100000", 1)).toEqual({ ok: true, units: 100_000 })
  })

  test("fractions are refused, never rounded, whichever separator", () => {
    expect(parseUnits("1.5", 1)).toEqual({ ok: false, problem: "fraction" })
    expect(parseUnits("1,5", 1)).toEqual({ ok: false, problem: "fraction" })
    expect(parseUnits("1.000", 1)).toEqual({ ok: false, problem: "fraction" })
  })

  test("below the minimum, above 100 000 or not a number", () => {
    expect(parseUnits("-3", 1)).toEqual({ ok: false, problem: "tooSmall" })
    expect(parseUnits("-1", 0)).toEqual({ ok: false, problem: "tooSmall" })
    expect(parseUnits("0", 1)).toEqual({ ok: false, problem: "tooSmall" })
    expect(parseUnits("100001", 1)).toEqual({ ok: false, problem: "tooLarge" })
    expect(parseUnits("1e12", 1)).toEqual({ ok: false, problem: "invalid" })
    expect(parseUnits("mười", 1)).toEqual({ ok: false, problem: "invalid" })
  })
})

test("indexed fields become rows that keep their index", () => {
  const rows = indexedRows(
    formData([
      ["items[2].quantity", "4"],
      ["items[0].variant_id", "variant_a"],
      ["items[2].variant_id", "variant_c"],
      ["other", "x"],
    ]),
    "items",
  )
  expect(rows).toEqual([
    { variant_id: "variant_a" },
    {},
    { variant_id: "variant_c", quantity: "4" },
  ])
})

describe("a counter sale form becomes the API's counter-sale body", () => {
  const available = availableByVariant(shelf)

  test("the rows with a quantity, and how it was paid", () => {
    const parsed = counterSaleBody(
      formData([
        ["items[0].variant_id", "variant_a"],
        ["items[0].quantity", "3"],
        ["items[1].variant_id", "variant_b"],
        ["items[1].quantity", ""],
        ["payment_method", "bank_transfer"],
      ]),
      available,
    )
    expect(parsed).toEqual({
      ok: true,
      body: { payment_method: "bank_transfer", items: [{ variant_id: "variant_a", quantity: 3 }] },
    })
  })

  test("never more than the shelf has available, reported at the row", () => {
    const parsed = counterSaleBody(
      formData([
        ["items[1].variant_id", "variant_b"],
        ["items[1].quantity", "3"],
        ["payment_method", "cash"],
      ]),
      available,
    )
    expect(parsed).toEqual({
      ok: false,
      errors: { "items.1.quantity": "errors.moreThanAvailable" },
    })
  })

  test("nothing to sell, or no way of paying, is refused", () => {
    const parsed = counterSaleBody(formData([["items[0].variant_id", "variant_a"]]), available)
    expect(parsed).toEqual({
      ok: false,
      errors: { payment_method: "errors.required", form: "errors.noLines" },
    })
  })

  test("a receipt holds a limited number of lines", () => {
    const many = Array.from({ length: maxSaleLines + 1 }, (_, index) => `variant_${index}`)
    const form = formData([["payment_method", "cash"]])
    many.forEach((id, index) => {
      form.append(`items[${index}].variant_id`, id)
      form.append(`items[${index}].quantity`, "1")
    })
    const parsed = counterSaleBody(form, new Map(many.map((id) => [id, 5])))
    expect(parsed).toEqual({ ok: false, errors: { form: "errors.tooManyLines" } })
  })
})

describe("a receipt form becomes the API's receipt body", () => {
  test("the producer's rows with a quantity, with the producer and delivery note", () => {
    const parsed = receiptBody(
      formData([
        ["producer_id", "ocpr_1"],
        ["delivery_note", " PX-001 "],
        ["items[0].variant_id", "variant_a"],
        ["items[0].quantity", "20"],
        ["items[1].variant_id", "variant_b"],
        ["items[1].quantity", ""],
        ["items[2].variant_id", "variant_new01"],
        ["items[2].quantity", "7"],
      ]),
    )
    expect(parsed).toEqual({
      ok: true,
      body: {
        producer_id: "ocpr_1",
        delivery_note: "PX-001",
        items: [
          { variant_id: "variant_a", quantity: 20 },
          { variant_id: "variant_new01", quantity: 7 },
        ],
      },
    })
  })

  test("a receipt is not limited by what is available, but by 100 000 units a line", () => {
    const parsed = receiptBody(
      formData([
        ["producer_id", "ocpr_1"],
        ["items[0].variant_id", "variant_a"],
        ["items[0].quantity", "2.5"],
        ["items[1].variant_id", "variant_b"],
        ["items[1].quantity", "100001"],
      ]),
    )
    expect(parsed).toEqual({
      ok: false,
      errors: {
        "items.0.quantity": "errors.units.fraction",
        "items.1.quantity": "errors.units.tooLarge",
      },
    })
  })

  test("no producer, or no quantity at all, is refused", () => {
    const parsed = receiptBody(
      formData([
        ["producer_id", ""],
        ["items[0].variant_id", "variant_a"],
        ["items[0].quantity", ""],
      ]),
    )
    expect(parsed).toEqual({
      ok: false,
      errors: { producer_id: "errors.required", form: "errors.noLines" },
    })
  })
})

describe("a stocktake form becomes the API's stocktake body", () => {
  test("counted rows with their reason; 0 is a count, blank is not counted", () => {
    const parsed = stocktakeBody(
      formData([
        ["items[0].variant_id", "variant_a"],
        ["items[0].counted", "0"],
        ["items[0].reason", " Vỡ hết "],
        ["items[1].variant_id", "variant_b"],
        ["items[1].counted", ""],
        ["items[1].reason", ""],
      ]),
    )
    expect(parsed).toEqual({
      ok: true,
      body: { items: [{ variant_id: "variant_a", counted: 0, reason: "Vỡ hết" }] },
    })
  })

  test("a count without a reason, or a reason without a count, is refused at its field", () => {
    const parsed = stocktakeBody(
      formData([
        ["items[0].variant_id", "variant_a"],
        ["items[0].counted", "8"],
        ["items[0].reason", ""],
        ["items[1].variant_id", "variant_b"],
        ["items[1].counted", ""],
        ["items[1].reason", "Hỏng"],
        ["items[2].variant_id", "variant_c"],
        ["items[2].counted", "2.5"],
      ]),
    )
    expect(parsed).toEqual({
      ok: false,
      errors: {
        "items.0.reason": "errors.required",
        "items.1.counted": "errors.required",
        "items.2.counted": "errors.units.fraction",
      },
    })
  })
})

describe("a transfer form becomes the API's transfer body", () => {
  const available = availableByVariant(shelf)

  test("another place, an optional note, and what leaves the shelf", () => {
    const parsed = transferBody(
      formData([
        ["to_place_id", "ocpl_y"],
        ["note", ""],
        ["items[0].variant_id", "variant_a"],
        ["items[0].quantity", "5"],
      ]),
      "ocpl_x",
      available,
    )
    expect(parsed).toEqual({
      ok: true,
      body: {
        to_place_id: "ocpl_y",
        note: null,
        items: [{ variant_id: "variant_a", quantity: 5 }],
      },
    })
  })

  test("a place cannot send to itself", () => {
    const parsed = transferBody(
      formData([
        ["to_place_id", "ocpl_x"],
        ["items[0].variant_id", "variant_a"],
        ["items[0].quantity", "1"],
      ]),
      "ocpl_x",
      available,
    )
    expect(parsed).toEqual({ ok: false, errors: { to_place_id: "errors.samePlace" } })
  })
})

test("claiming an account asks for the password twice", () => {
  const parsed = ClaimForm.safeParse({
    email: "Staff@Ocop.VN",
    password: "Ocop@2026",
    password_confirm: "Ocop@2027",
  })
  expect(parsed.success).toBe(false)
  if (parsed.success) return
  expect(fieldErrors(parsed.error)).toEqual({ password_confirm: "errors.passwordMismatch" })
})

describe("a field the API's input check refused is marked on the form", () => {
  test("a hidden character in a top-level field is that field's message", () => {
    const refusal = { status: 400, message: "…", code: "unsafe_text", field: "delivery_note" }
    expect(inputProblemErrors(refusal)).toEqual({ delivery_note: "errors.unsafeText" })
    expect(inputProblemErrors({ ...refusal, field: "note" })).toEqual({ note: "errors.unsafeText" })
  })

  test("a line's field is left to the refusal above the form, rows and lines differ", () => {
    const refusal = { status: 400, message: "…", code: "unsafe_text", field: "items.0.reason" }
    expect(inputProblemErrors(refusal)).toEqual({})
  })

  test("other refusals mark nothing", () => {
    expect(inputProblemErrors({ status: 400, message: "Not enough stock" })).toEqual({})
    expect(inputProblemErrors(undefined)).toEqual({})
  })
})
