import { z } from "@medusajs/framework/zod"
import { StaffCounterSale } from "../staff/validators"
import {
  lineText as text,
  optionalLine as optionalText,
  optionalMultiline,
  urlSlug,
} from "../zod-fields"
import { stockLines } from "../shared-validators"

const id = text(64)

const fairFields = {
  name: text(200),
  name_en: optionalText(200),
  venue: text(200),
  starts_at: z.coerce.date(),
  ends_at: z.coerce.date(),
  description_vi: optionalMultiline(5000),
  description_en: optionalMultiline(5000),
}

export const OrganizerCreateFair = z
  .object({
    ...fairFields,
    slug: urlSlug("slug", { min: 1 }),
    province: text(100),
    commune: text(100),
    address: text(300),
  })
  .strict()
export type OrganizerCreateFairType = z.infer<typeof OrganizerCreateFair>

export const OrganizerUpdateFair = z.object(fairFields).partial().strict()
export type OrganizerUpdateFairType = z.infer<typeof OrganizerUpdateFair>

export const OrganizerCreateBooth = z.object({ number: text(20), producer_id: id }).strict()
export type OrganizerCreateBoothType = z.infer<typeof OrganizerCreateBooth>

export const OrganizerAddEntries = z
  .object({
    entries: z
      .array(z.object({ product_id: id, booth_id: id }).strict())
      .min(1)
      .max(200),
  })
  .strict()
export type OrganizerAddEntriesType = z.infer<typeof OrganizerAddEntries>

export const OrganizerMoveStock = z
  .object({
    place_id: id,
    direction: z.enum(["to_fair", "from_fair"]),
    note: optionalMultiline(500),
    items: stockLines,
  })
  .strict()
export type OrganizerMoveStockType = z.infer<typeof OrganizerMoveStock>

export const OrganizerReceipt = z
  .object({ booth_id: id, delivery_note: optionalText(200), items: stockLines })
  .strict()
export type OrganizerReceiptType = z.infer<typeof OrganizerReceipt>

/** A fair counter sale is a place's counter sale: how it is paid, and its lines. */
export const OrganizerCounterSale = StaffCounterSale
export type OrganizerCounterSaleType = z.infer<typeof OrganizerCounterSale>
