/** The backend's bounds for a variant price, in whole đồng. */
export const minPrice = 1_000
export const maxPrice = 1_000_000_000

export type PriceProblem = "required" | "invalid" | "fraction" | "tooSmall" | "tooLarge"

export type ParsedPrice = { ok: true; amount: number } | { ok: false; problem: PriceProblem }

const currency = /^(?:₫|đ|vnđ|vnd)|(?:₫|đ|vnđ|vnd)$/giu
const digits = /^\d+$/
/** "85.000", "1.250.000", "85,000": groups of three after one separator, used throughout. */
const grouped = /^\d{1,3}([.,])\d{3}(?:\1\d{3})*$/
/** A whole part (plain or grouped), then a decimal separator and a fraction. */
const withFraction = /^(\d{1,3}([.,])\d{3}(?:\2\d{3})*|\d+)([.,])(\d+)$/

/**
 * A price typed by a person into whole đồng: "85.000" and "85,000" (thousands grouped the
 * Vietnamese or the English way), "85000", "85.000 ₫" and "85000đ" are all 85000. VND has no
 * minor unit, so "85.5" or "85.000,50" is refused as a fraction, while "85.000,00" is whole.
 */
export function parseVndPrice(input: string): ParsedPrice {
  const text = input.replace(/\s/gu, "").replace(currency, "")
  if (!text) return { ok: false, problem: "required" }
  let amount: number
  if (digits.test(text)) {
    amount = Number(text)
  } else if (grouped.test(text)) {
    amount = Number(text.replace(/[.,]/g, ""))
  } else {
    const match = withFraction.exec(text)
    if (!match) return { ok: false, problem: "invalid" }
    const [, whole = "", grouping, separator, fraction = ""] = match
    if (grouping === separator) return { ok: false, problem: "invalid" }
    if (/[^0]/.test(fraction)) return { ok: false, problem: "fraction" }
    amount = Number(whole.replace(/[.,]/g, ""))
  }
  if (amount < minPrice) return { ok: false, problem: "tooSmall" }
  if (amount > maxPrice) return { ok: false, problem: "tooLarge" }
  return { ok: true, amount }
}

/** A price as the form shows it for editing: digits grouped by dots, as Vietnamese write it. */
export function formatPriceInput(amount: number | null): string {
  if (amount === null) return ""
  return String(Math.round(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, ".")
}
