import { z } from "@medusajs/framework/zod"
import { COUNTER_PAYMENT_METHODS } from "@ocop/shared"
import { optionalLine, wholeDong } from "../../../zod-fields"

export const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "Dates are written YYYY-MM-DD" })
  .refine(
    // A day that exists: 2026-02-30 would parse (as 2 March), so it must read back the same.
    (value) => {
      const parsed = new Date(`${value}T00:00:00Z`)
      return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value)
    },
    { error: "Not a calendar day" },
  )

const id = (prefix: string) =>
  z.string().regex(new RegExp(`^${prefix}_[0-9A-Za-z]{1,40}$`), { error: "Not an id" })

const period = {
  from: day.optional(),
  to: day.optional(),
  format: z.enum(["json", "csv"]).default("json"),
}
const inOrder = (query: { from?: string; to?: string }) =>
  !query.from || !query.to || query.from <= query.to
const notAfter = { error: "Field 'from' must not be after 'to'", path: ["from"] }

/** A statement period (Vietnamese calendar days, both inclusive) and CSV or JSON. */
export const StatementQuery = z.object(period).refine(inOrder, notAfter)
export type StatementQueryType = z.infer<typeof StatementQuery>

/** Officers read every statement, or one producer's, or one place's. */
export const AdminStatementQuery = z
  .object({ ...period, producer_id: id("ocpr").optional(), place_id: id("ocpl").optional() })
  .refine(inOrder, notAfter)
export type AdminStatementQueryType = z.infer<typeof AdminStatementQuery>

/** A payment from a place to a producer, in whole đồng, on a day not in the future. */
export const AdminRecordConsignmentPayment = z
  .object({
    producer_id: z.string().min(1).max(64),
    place_id: z.string().min(1).max(64),
    amount: wholeDong(1, 1_000_000_000_000),
    method: z.enum(COUNTER_PAYMENT_METHODS),
    reference: optionalLine(140),
    paid_on: day
      .refine((value) => new Date(`${value}T00:00:00+07:00`) <= new Date(), {
        error: "Field 'paid_on' must not be in the future",
      })
      .optional(),
  })
  .strict()
export type AdminRecordConsignmentPaymentType = z.infer<typeof AdminRecordConsignmentPayment>

/** A place's commission in basis points (0–50 %), or null for its type's default. */
export const AdminSetPlaceCommission = z
  .object({ commission_bps: z.number().int().min(0).max(5000).nullable() })
  .strict()
export type AdminSetPlaceCommissionType = z.infer<typeof AdminSetPlaceCommission>
