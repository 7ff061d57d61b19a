import { describe, expect, test } from "vitest"
import { formatPriceInput, parseVndPrice } from "./price.ts"

describe("a typed price becomes whole đồng", () => {
  test.each([
    ["85.000", 85_000],
    ["85000", 85_000],
    ["85,000", 85_000],
    ["1.250.000", 1_250_000],
    ["85.000 ₫", 85_000],
    ["85.000đ", 85_000],
    ["85000 VND", 85_000],
    [" 85 000 ", 85_000],
    ["85.000,00", 85_000],
    ["85000.00", 85_000],
  ])("%j is %i đồng", (input, amount) => {
    expect(parseVndPrice(input)).toEqual({ ok: true, amount })
  })

  test("VND has no minor unit: a fraction is refused, never rounded", () => {
    expect(parseVndPrice("85000.5")).toEqual({ ok: false, problem: "fraction" })
    expect(parseVndPrice("85.000,50")).toEqual({ ok: false, problem: "fraction" })
    expect(parseVndPrice("1234.567")).toEqual({ ok: false, problem: "fraction" })
  })

  test("text, empty input and mixed-up separators are refused", () => {
    expect(parseVndPrice("")).toEqual({ ok: false, problem: "required" })
    expect(parseVndPrice("₫")).toEqual({ ok: false, problem: "required" })
    expect(parseVndPrice("tám mươi nghìn")).toEqual({ ok: false, problem: "invalid" })
    expect(parseVndPrice("85.00.0")).toEqual({ ok: false, problem: "invalid" })
    expect(parseVndPrice("-85000")).toEqual({ ok: false, problem: "invalid" })
    expect(parseVndPrice("85.000.5")).toEqual({ ok: false, problem: "invalid" })
  })

  test("the backend's bounds hold: 1.000 to 1.000.000.000 đồng", () => {
    expect(parseVndPrice("999")).toEqual({ ok: false, problem: "tooSmall" })
    expect(parseVndPrice("1.000")).toEqual({ ok: true, amount: 1_000 })
    expect(parseVndPrice("1.000.000.000")).toEqual({ ok: true, amount: 1_000_000_000 })
    expect(parseVndPrice("1.000.000.001")).toEqual({ ok: false, problem: "tooLarge" })
  })
})

test("a saved price is shown for editing the way Vietnamese write it, and reads back the same", () => {
  expect(formatPriceInput(85_000)).toBe("85.000")
  expect(formatPriceInput(1_250_000)).toBe("1.250.000")
  expect(formatPriceInput(null)).toBe("")
  expect(parseVndPrice(formatPriceInput(1_250_000))).toEqual({ ok: true, amount: 1_250_000 })
})
