import { z } from "zod"

/**
 * A producer's application for a booth: the fair, the products to bring (checkboxes, at least
 * one) and a note. The fair rules (open fair, own products certified through it) are the
 * backend's; the page shows its refusal by code.
 */
export const ApplyForm = z.object({
  fair_id: z.string().trim().min(1).max(64),
  product_ids: z.array(z.string().trim().min(1).max(64)).min(1).max(50),
  note: z
    .string()
    .trim()
    .max(1000)
    .transform((value) => value || undefined)
    .optional(),
})
export type ApplyBody = z.infer<typeof ApplyForm>

/** The backend's refusals of an application the page explains in the producer's language. */
export const applyRefusalCodes = [
  "fair_ended",
  "product_not_certified",
  "certificate_ends_before_fair",
  "application_not_pending",
  "too_few",
  "too_long",
] as const
export type ApplyRefusalCode = (typeof applyRefusalCodes)[number]

export const applyRefusalCode = (code: string | null | undefined): ApplyRefusalCode | "other" =>
  applyRefusalCodes.find((known) => known === code) ?? "other"

/** The form's submission as the API takes it: every ticked product. */
export function applyValues(form: FormData) {
  return {
    fair_id: String(form.get("fair_id") ?? ""),
    product_ids: form.getAll("product_ids").map(String),
    note: String(form.get("note") ?? ""),
  }
}
