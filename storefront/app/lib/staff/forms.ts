import { z } from "zod"
import { errorReader, type ErrorKeyOf, type ErrorsOf } from "../core/form.ts"
import { minPasswordLength } from "../core/limits.ts"
import { COUNTER_PAYMENT_METHODS, type CounterPaymentMethod } from "@ocop/shared"
import { type CounterSale, type ShelfRow } from "./types.ts"

/**
 * The staff portal's forms: what a person submits (strings, one row per shelf line) and the
 * exact body the staff API takes (`api/staff/validators.ts` of the OCOP plugin), with the same
 * rules — whole units, at least one, at most 100 000, each variant once — so mistakes are shown
 * next to their field before anything is sent.
 */

export const maxUnits = 100_000
/** The API takes 200 lines; a printed counter receipt stays short. */
export const maxSaleLines = 20
export const maxLines = 200
export const maxStocktakeLines = 500

/** The first error of each field, as a translation key (namespace `staff`). */
export const fieldErrors = errorReader([
  "errors.required",
  "errors.tooLong",
  "errors.email",
  "errors.passwordTooShort",
  "errors.passwordMismatch",
  "errors.units.invalid",
  "errors.units.fraction",
  "errors.units.tooSmall",
  "errors.units.tooLarge",
  "errors.moreThanAvailable",
  "errors.noLines",
  "errors.tooManyLines",
  "errors.duplicate",
  "errors.samePlace",
  "errors.unsafeText",
  "errors.moreThanReturnable",
  "errors.noReturnLines",
  "errors.cash.invalid",
  "errors.cash.negative",
  "errors.cash.tooLarge",
])
/** Field path ("producer_id", "items.3.quantity", "extra.0.variant", "form") → its message. */
export type FieldErrors = ErrorsOf<typeof fieldErrors>

export type Parsed<T> = { ok: true; body: T } | { ok: false; errors: FieldErrors }
export type FieldErrorKey = ErrorKeyOf<typeof fieldErrors>

/**
 * The API's refusal of a submitted form: its status and message and, when its input check
 * refused a field, the code ("unsafe_text", "whole_units") and the field.
 */
export type Refusal = {
  status: number
  message: string
  code?: string | null
  field?: string | null
}

/** What a staff form's action gives back to its page: the values as typed and what to correct. */
export type StaffFormState = {
  values: Record<string, string>
  errors: FieldErrors
  refusal?: Refusal
}

/**
 * A field the backend's input check refused (its code and dotted field, `InputProblem` of
 * portal-api.server.ts), as the form's own message. Only the forms' top-level fields
 * (`delivery_note`, `note`…) are named the same in the form and the API; a line's field is
 * not (blank rows are left out of the API's lines), so the refusal above the form tells it.
 */
export function inputProblemErrors(problem: Refusal | undefined): FieldErrors {
  const field = problem?.field
  if (!field || field.includes(".")) return {}
  if (problem.code === "unsafe_text") return { [field]: "errors.unsafeText" }
  if (problem.code === "whole_units") return { [field]: "errors.units.fraction" }
  return {}
}

// Quantities -------------------------------------------------------------------------------------

export type UnitsProblem = "invalid" | "fraction" | "tooSmall" | "tooLarge"
export type ParsedUnits = { ok: true; units: number | null } | { ok: false; problem: UnitsProblem }

/**
 * A typed number of units: blank is "none" (null), otherwise whole digits from `min` to
 * 100 000. "1,5" and "1.5" are refused rather than rounded, and so is "1.000": a count is
 * never written with a thousands separator on a shelf.
 */
export function parseUnits(raw: string, min: 0 | 1): ParsedUnits {
  const value = raw.trim()
  if (value === "") return { ok: true, units: null }
  if (/^[+-]?\d+[.,]\d+$/.test(value)) return { ok: false, problem: "fraction" }
  if (!/^[+-]?\d{1,9}$/.test(value)) return { ok: false, problem: "invalid" }
  const units = Number(value)
  if (units < min) return { ok: false, problem: "tooSmall" }
  if (units > maxUnits) return { ok: false, problem: "tooLarge" }
  return { ok: true, units }
}

const unitsErrors: Record<UnitsProblem, FieldErrorKey> = {
  invalid: "errors.units.invalid",
  fraction: "errors.units.fraction",
  tooSmall: "errors.units.tooSmall",
  tooLarge: "errors.units.tooLarge",
}

// Rows as submitted ------------------------------------------------------------------------------

/** Form fields named `items[3].quantity` become row 3's `quantity`; rows keep their index. */
export function indexedRows(form: FormData, group: string): Record<string, string>[] {
  const pattern = new RegExp(`^${group}\\[(\\d{1,3})\\]\\.([a-z_]+)$`)
  const rows: Record<string, string>[] = []
  for (const [name, value] of form) {
    const match = pattern.exec(name)
    if (!match || typeof value !== "string") continue
    const index = Number(match[1])
    rows[index] ??= {}
    rows[index][match[2]!] = value
  }
  return Array.from(rows, (row) => row ?? {})
}

function text(form: FormData, name: string): string {
  const value = form.get(name)
  return typeof value === "string" ? value : ""
}

/** The string fields of a submitted form, to fill it in again after an error. */
export function keptValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {}
  for (const [key, value] of form) {
    if (typeof value === "string" && !key.startsWith("password")) values[key] = value
  }
  return values
}

export type Line = { variant_id: string; quantity: number }

/** Available units per variant on this place's shelf. */
export function availableByVariant(shelf: ShelfRow[]): Map<string, number> {
  return new Map(
    shelf.flatMap((row) => (row.variant_id ? [[row.variant_id, row.available] as const] : [])),
  )
}

/**
 * The rows with a quantity, as API lines. Blank and 0 mean "not this one"; with `available`,
 * a line may not take more than the shelf has.
 */
function quantityLines(
  rows: Record<string, string>[],
  group: string,
  errors: FieldErrors,
  available?: ReadonlyMap<string, number>,
): Line[] {
  const lines: Line[] = []
  rows.forEach((row, index) => {
    const variantId = (row.variant_id ?? "").trim()
    const parsed = parseUnits(row.quantity ?? "", 0)
    const path = `${group}.${index}.quantity`
    if (!parsed.ok) {
      errors[path] = unitsErrors[parsed.problem]
      return
    }
    if (!parsed.units || !variantId) return
    const onShelf = available?.get(variantId)
    if (available && (onShelf === undefined || parsed.units > onShelf)) {
      errors[path] = "errors.moreThanAvailable"
      return
    }
    lines.push({ variant_id: variantId, quantity: parsed.units })
  })
  return lines
}

/** The lines as a whole, once every row is right: some, not too many, each variant once. */
function checkLines(lines: Line[], max: number, errors: FieldErrors) {
  if (Object.keys(errors).some((path) => path.includes("."))) return
  if (!lines.length) errors.form = "errors.noLines"
  else if (lines.length > max) errors.form = "errors.tooManyLines"
  else if (new Set(lines.map((line) => line.variant_id)).size !== lines.length)
    errors.form = "errors.duplicate"
}

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "errors.tooLong")
    .transform((value) => value || null)

const requiredId = z.string().trim().min(1, "errors.required").max(64, "errors.tooLong")

// Receiving goods from a producer -----------------------------------------------------------------

export type ReceiptBody = {
  producer_id: string
  delivery_note: string | null
  items: Line[]
}

const ReceiptHeader = z.object({ producer_id: requiredId, delivery_note: optionalText(200) })

/**
 * The receipt form: the producer, the delivery note and quantities on the rows of that
 * producer's goods (`items[i]`), picked from what the place can receive.
 */
export function receiptBody(form: FormData): Parsed<ReceiptBody> {
  const errors: FieldErrors = {}
  const header = ReceiptHeader.safeParse({
    producer_id: text(form, "producer_id"),
    delivery_note: text(form, "delivery_note"),
  })
  if (!header.success) Object.assign(errors, fieldErrors(header.error))
  const items = quantityLines(indexedRows(form, "items"), "items", errors)
  checkLines(items, maxLines, errors)
  if (!header.success || Object.keys(errors).length) return { ok: false, errors }
  return { ok: true, body: { ...header.data, items } }
}

// Stocktake ------------------------------------------------------------------------------------

export type StocktakeBody = { items: { variant_id: string; counted: number; reason: string }[] }

/** The rows counted (blank is "not counted"); each count needs its reason. */
export function stocktakeBody(form: FormData): Parsed<StocktakeBody> {
  const errors: FieldErrors = {}
  const items: StocktakeBody["items"] = []
  indexedRows(form, "items").forEach((row, index) => {
    const variantId = (row.variant_id ?? "").trim()
    const parsed = parseUnits(row.counted ?? "", 0)
    const reason = (row.reason ?? "").trim()
    if (!parsed.ok) {
      errors[`items.${index}.counted`] = unitsErrors[parsed.problem]
      return
    }
    if (parsed.units === null || !variantId) {
      if (reason) errors[`items.${index}.counted`] = "errors.required"
      return
    }
    if (!reason) errors[`items.${index}.reason`] = "errors.required"
    else if (reason.length > 500) errors[`items.${index}.reason`] = "errors.tooLong"
    else items.push({ variant_id: variantId, counted: parsed.units, reason })
  })
  checkLines(
    items.map((item) => ({ variant_id: item.variant_id, quantity: item.counted })),
    maxStocktakeLines,
    errors,
  )
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, body: { items } }
}

// Counter sale ---------------------------------------------------------------------------------

export type CounterSaleBody = { payment_method: CounterPaymentMethod; items: Line[] }

const PaymentMethodField = z.enum(COUNTER_PAYMENT_METHODS, {
  errorMap: () => ({ message: "errors.required" }),
})

/** Quantities sold from the shelf rows, never more than is available, and how it was paid. */
export function counterSaleBody(
  form: FormData,
  available: ReadonlyMap<string, number>,
): Parsed<CounterSaleBody> {
  const errors: FieldErrors = {}
  const method = PaymentMethodField.safeParse(text(form, "payment_method"))
  if (!method.success) errors.payment_method = "errors.required"
  const items = quantityLines(indexedRows(form, "items"), "items", errors, available)
  checkLines(items, maxSaleLines, errors)
  if (!method.success || Object.keys(errors).length) return { ok: false, errors }
  return { ok: true, body: { payment_method: method.data, items } }
}

// Counter return (refund or exchange) ----------------------------------------------------------

export type CounterReturnBody = {
  payment_method: CounterPaymentMethod
  items: { item_id: string; quantity: number }[]
  new_items?: Line[]
}

/** Units of each line of the sale that can still come back: sold less returned. */
export function returnableByItem(sale: CounterSale): Map<string, number> {
  return new Map(sale.items.map((item) => [item.id, item.quantity - item.returned_quantity]))
}

/**
 * The return form: units brought back per line of the sale (`returns[i]`, never more than is
 * left to return), and for an exchange the goods taken instead from the shelf (`items[i]`,
 * never more than is available), settled in cash or by transfer.
 */
export function counterReturnBody(
  form: FormData,
  returnable: ReadonlyMap<string, number>,
  available: ReadonlyMap<string, number>,
): Parsed<CounterReturnBody> {
  const errors: FieldErrors = {}
  const method = PaymentMethodField.safeParse(text(form, "payment_method"))
  if (!method.success) errors.payment_method = "errors.required"
  const items: CounterReturnBody["items"] = []
  indexedRows(form, "returns").forEach((row, index) => {
    const itemId = (row.item_id ?? "").trim()
    const parsed = parseUnits(row.quantity ?? "", 0)
    const path = `returns.${index}.quantity`
    if (!parsed.ok) {
      errors[path] = unitsErrors[parsed.problem]
      return
    }
    if (!parsed.units || !itemId) return
    const left = returnable.get(itemId)
    if (left === undefined || parsed.units > left) {
      errors[path] = "errors.moreThanReturnable"
      return
    }
    items.push({ item_id: itemId, quantity: parsed.units })
  })
  const newItems = quantityLines(indexedRows(form, "items"), "items", errors, available)
  if (!Object.keys(errors).some((path) => path.includes("."))) {
    if (!items.length) errors.form = "errors.noReturnLines"
    else if (newItems.length > maxSaleLines) errors.form = "errors.tooManyLines"
  }
  if (!method.success || Object.keys(errors).length) return { ok: false, errors }
  return {
    ok: true,
    body: {
      payment_method: method.data,
      items,
      ...(newItems.length ? { new_items: newItems } : {}),
    },
  }
}

// Shifts -----------------------------------------------------------------------------------------

/** The most cash a drawer holds, in đồng (the API's limit). */
export const maxDrawerCash = 1_000_000_000

export type CashProblem = "invalid" | "negative" | "tooLarge"

/**
 * Cash in the drawer, typed in whole đồng: "1500000", or grouped by thousands as people write
 * it ("1.500.000", "1,500,000", "1 500 000"). Never negative, never a fraction ("1,5" is
 * refused, not rounded).
 */
export function parseCash(
  raw: string,
): { ok: true; dong: number } | { ok: false; problem: CashProblem } {
  const value = raw.trim()
  if (/^-\s*\d/.test(value)) return { ok: false, problem: "negative" }
  const plain = /^\d{1,10}$/.test(value)
  const grouped = /^\d{1,3}(?:([.,\s])\d{3})(?:\1\d{3}){0,3}$/.test(value)
  if (!plain && !grouped) return { ok: false, problem: "invalid" }
  const dong = Number(value.replace(/[.,\s]/g, ""))
  if (dong > maxDrawerCash) return { ok: false, problem: "tooLarge" }
  return { ok: true, dong }
}

const cashErrors: Record<CashProblem, FieldErrorKey> = {
  invalid: "errors.cash.invalid",
  negative: "errors.cash.negative",
  tooLarge: "errors.cash.tooLarge",
}

export type ShiftOpenBody = { opening_cash: number; note: string | null }
export type ShiftCloseBody = { counted_cash: number; note: string | null }

/** The cash field (`opening_cash` or `counted_cash`) and an optional note. */
export function shiftCashBody<F extends "opening_cash" | "counted_cash">(
  form: FormData,
  field: F,
): Parsed<{ [K in F]: number } & { note: string | null }> {
  const errors: FieldErrors = {}
  const raw = text(form, field)
  const cash = raw.trim() ? parseCash(raw) : null
  if (!cash) errors[field] = "errors.required"
  else if (!cash.ok) errors[field] = cashErrors[cash.problem]
  const note = optionalText(500).safeParse(text(form, "note"))
  if (!note.success) Object.assign(errors, fieldErrors(note.error))
  if (!cash?.ok || !note.success || Object.keys(errors).length) return { ok: false, errors }
  return {
    ok: true,
    body: { [field]: cash.dong, note: note.data } as { [K in F]: number } & { note: string | null },
  }
}

// Transfer -------------------------------------------------------------------------------------

export type TransferBody = { to_place_id: string; note: string | null; items: Line[] }

const TransferHeader = z.object({ to_place_id: requiredId, note: optionalText(500) })

/** Goods sent from this place to another one of the network, never more than is available. */
export function transferBody(
  form: FormData,
  fromPlaceId: string,
  available: ReadonlyMap<string, number>,
): Parsed<TransferBody> {
  const errors: FieldErrors = {}
  const header = TransferHeader.safeParse({
    to_place_id: text(form, "to_place_id"),
    note: text(form, "note"),
  })
  if (!header.success) Object.assign(errors, fieldErrors(header.error))
  else if (header.data.to_place_id === fromPlaceId) errors.to_place_id = "errors.samePlace"
  const items = quantityLines(indexedRows(form, "items"), "items", errors, available)
  checkLines(items, maxLines, errors)
  if (!header.success || Object.keys(errors).length) return { ok: false, errors }
  return { ok: true, body: { ...header.data, items } }
}

// Signing in and claiming an account ------------------------------------------------------------

const email = z
  .string()
  .trim()
  .min(1, "errors.required")
  .max(254, "errors.tooLong")
  .email("errors.email")
  .transform((value) => value.toLowerCase())

export const LoginForm = z.object({
  email,
  password: z.string().min(1, "errors.required").max(200, "errors.tooLong"),
})

/** The portal's login form and how its errors and values are read (portal kit sign-in). */
export const loginForm = { schema: LoginForm, fieldErrors, keptValues }

export const ClaimForm = z
  .object({
    email,
    password: z
      .string()
      .min(minPasswordLength, "errors.passwordTooShort")
      .max(200, "errors.tooLong"),
    password_confirm: z.string(),
  })
  .refine((values) => values.password === values.password_confirm, {
    message: "errors.passwordMismatch",
    path: ["password_confirm"],
  })
