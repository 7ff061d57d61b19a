import { z } from "@medusajs/framework/zod"
import { lineText, optionalLine, optionalMultiline, safeText, wholeUnits } from "../zod-fields"

/** Whole units, at least one, and no absurd numbers. */
const units = wholeUnits(1, 100_000)
const id = lineText(64)
const lines = z
  .array(z.object({ variant_id: id, quantity: units }).strict())
  .min(1)
  .max(200)
  .refine((items) => new Set(items.map((item) => item.variant_id)).size === items.length, {
    message: "Each variant once per request",
  })

export const StaffReceipt = z
  .object({ producer_id: id, delivery_note: optionalLine(200), items: lines })
  .strict()
export type StaffReceiptType = z.infer<typeof StaffReceipt>

export const StaffStocktake = z
  .object({
    items: z
      .array(
        z
          .object({
            variant_id: id,
            counted: wholeUnits(0, 100_000),
            reason: lineText(500),
          })
          .strict(),
      )
      .min(1)
      .max(500),
  })
  .strict()
export type StaffStocktakeType = z.infer<typeof StaffStocktake>

export const StaffCounterSale = z
  .object({ payment_method: z.enum(["cash", "bank_transfer"]), items: lines })
  .strict()
export type StaffCounterSaleType = z.infer<typeof StaffCounterSale>

export const StaffTransfer = z
  .object({ to_place_id: id, note: optionalMultiline(500), items: lines })
  .strict()
export type StaffTransferType = z.infer<typeof StaffTransfer>

const query = (max: number) => safeText({ multiline: false }).trim().max(max).optional()

export const StaffStockQuery = z.object({ q: query(200) })
export type StaffStockQueryType = z.infer<typeof StaffStockQuery>

export const StaffList = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})
export type StaffListType = z.infer<typeof StaffList>

export const StaffProducersQuery = z.object({
  q: query(200),
  producer_id: id.optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})
export type StaffProducersQueryType = z.infer<typeof StaffProducersQuery>
