import { z } from "zod"
import { COUNTER_PAYMENT_METHODS } from "@ocop/shared"
import { errorReader, topLevelField, type ErrorKeyOf, type ErrorsOf } from "../core/form.ts"

/**
 * The organiser portal's forms: what a person submits (strings) and the body the organiser API
 * takes (`api/organizer/validators.ts` of the OCOP plugin). Fair rules (dates never move into
 * the past, certified through the fair, linked places only) stay with the backend: the page
 * shows its refusal.
 */

/** The first error of each field, as a translation key (namespace `organizer`). */
export const organizerFieldErrors = errorReader(
  ["errors.required", "errors.tooLong", "errors.date", "errors.slug", "errors.units"],
  topLevelField,
)
export type OrganizerFieldErrors = ErrorsOf<typeof organizerFieldErrors>

export type OrganizerErrorKey = ErrorKeyOf<typeof organizerFieldErrors>

/** Fairs run in Vietnam: a `datetime-local` value is Vietnam time (UTC+7, no daylight saving). */
const vietnamOffsetMs = 7 * 3600_000

export function vietnamInputValue(iso: string): string {
  return new Date(new Date(iso).getTime() + vietnamOffsetMs).toISOString().slice(0, 16)
}

const line = (max: number) => z.string().trim().min(1, "errors.required").max(max, "errors.tooLong")
const optionalLine = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "errors.tooLong")
    .transform((value) => value || undefined)
const id = line(64)
const vietnamTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "errors.date")
  .transform((value) => new Date(`${value}:00+07:00`).toISOString())
const units = z
  .string()
  .trim()
  .regex(/^\d{1,6}$/, "errors.units")
  .transform(Number)
  .refine((value) => value >= 1 && value <= 100_000, "errors.units")

const fairFields = {
  name: line(200),
  name_en: optionalLine(200),
  venue: line(200),
  starts_at: vietnamTime,
  ends_at: vietnamTime,
}

export const FairEditForm = z.object(fairFields)
export type FairEditBody = z.infer<typeof FairEditForm>

export const FairCreateForm = z.object({
  ...fairFields,
  slug: line(100).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "errors.slug"),
  province: line(100),
  commune: line(100),
  address: line(300),
})
export type FairCreateBody = z.infer<typeof FairCreateForm>

export const BoothForm = z.object({ number: line(20), producer_id: id })
export type BoothBody = z.infer<typeof BoothForm>

export const EntryForm = z.object({ product_id: id, booth_id: id })
export type EntryBody = z.infer<typeof EntryForm>

export const MoveForm = z.object({
  place_id: id,
  direction: z.enum(["to_fair", "from_fair"]),
  variant_id: id,
  quantity: units,
})
export type MoveBody = z.infer<typeof MoveForm>

export const SaleForm = z.object({
  payment_method: z.enum(COUNTER_PAYMENT_METHODS),
  variant_id: id,
  quantity: units,
})
export type SaleBody = z.infer<typeof SaleForm>
