import { z } from "@medusajs/framework/zod"

/** Whole units, at least one, and no absurd numbers. */
const units = z.number().int("Quantities are whole units").min(1).max(100_000)
const id = z.string().trim().min(1).max(64)
const lines = z
  .array(z.object({ variant_id: id, quantity: units }).strict())
  .min(1)
  .max(200)
  .refine((items) => new Set(items.map((item) => item.variant_id)).size === items.length, {
    message: "Each variant once per request",
  })

export const StaffReceipt = z
  .object({ producer_id: id, delivery_note: z.string().trim().max(200).nullish(), items: lines })
  .strict()
export type StaffReceiptType = z.infer<typeof StaffReceipt>

export const StaffStocktake = z
  .object({
    items: z
      .array(
        z
          .object({
            variant_id: id,
            counted: z.number().int("Counts are whole units").min(0).max(100_000),
            reason: z.string().trim().min(1).max(500),
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
  .object({ to_place_id: id, note: z.string().trim().max(500).nullish(), items: lines })
  .strict()
export type StaffTransferType = z.infer<typeof StaffTransfer>

export const StaffStockQuery = z.object({ q: z.string().trim().max(200).optional() })
export type StaffStockQueryType = z.infer<typeof StaffStockQuery>

export const StaffList = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})
export type StaffListType = z.infer<typeof StaffList>

export const StaffProducersQuery = z.object({
  q: z.string().trim().max(200).optional(),
  producer_id: id.optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})
export type StaffProducersQueryType = z.infer<typeof StaffProducersQuery>
