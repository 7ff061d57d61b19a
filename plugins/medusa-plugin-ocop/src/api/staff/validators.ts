import { z } from "@medusajs/framework/zod"
import { COUNTER_PAYMENT_METHODS, ORDER_ASSIGNMENT_STATUSES } from "@ocop/shared"
import { MAX_DRAWER_CASH } from "../../modules/ocop/lib/constants"
import {
  lineText,
  optionalLine,
  optionalMultiline,
  safeText,
  wholeDong,
  wholeUnits,
} from "../zod-fields"
import { PagedList, paging, stockLines } from "../shared-validators"

/** Whole units, at least one, and no absurd numbers. */
const units = wholeUnits(1, 100_000)
const id = lineText(64)

export const StaffReceipt = z
  .object({ producer_id: id, delivery_note: optionalLine(200), items: stockLines })
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
  .object({ payment_method: z.enum(["cash", "bank_transfer"]), items: stockLines })
  .strict()
export type StaffCounterSaleType = z.infer<typeof StaffCounterSale>

/**
 * Lines of a counter sale brought back (`item_id`: the receipt's line) and, for an exchange,
 * the goods taken instead; `payment_method` settles the refund or the balance (the sale's own
 * method when left out).
 */
export const StaffCounterReturn = z
  .object({
    payment_method: z.enum(COUNTER_PAYMENT_METHODS).optional(),
    items: z
      .array(z.object({ item_id: id, quantity: units }).strict())
      .min(1)
      .max(200)
      .refine((items) => new Set(items.map((item) => item.item_id)).size === items.length, {
        message: "Each line of the sale once per return",
      }),
    new_items: stockLines.optional(),
  })
  .strict()
export type StaffCounterReturnType = z.infer<typeof StaffCounterReturn>

/** Cash in the drawer, in whole đồng: never negative, never fractional. */
const cash = wholeDong(0, MAX_DRAWER_CASH)

export const StaffShiftOpen = z
  .object({ opening_cash: cash, note: optionalMultiline(500) })
  .strict()
export type StaffShiftOpenType = z.infer<typeof StaffShiftOpen>

export const StaffShiftClose = z
  .object({ counted_cash: cash, note: optionalMultiline(500) })
  .strict()
export type StaffShiftCloseType = z.infer<typeof StaffShiftClose>

export const StaffTransfer = z
  .object({ to_place_id: id, note: optionalMultiline(500), items: stockLines })
  .strict()
export type StaffTransferType = z.infer<typeof StaffTransfer>

const query = (max: number) => safeText({ multiline: false }).trim().max(max).optional()

export const StaffStockQuery = z.object({ q: query(200) })
export type StaffStockQueryType = z.infer<typeof StaffStockQuery>

export const StaffList = PagedList
export type StaffListType = z.infer<typeof StaffList>

export const StaffProducersQuery = z.object({
  q: query(200),
  producer_id: id.optional(),
  ...paging(50, 20),
})
export type StaffProducersQueryType = z.infer<typeof StaffProducersQuery>

export const StaffOrdersQuery = StaffList.extend({
  status: z.enum([...ORDER_ASSIGNMENT_STATUSES]).optional(),
})
export type StaffOrdersQueryType = z.infer<typeof StaffOrdersQuery>

/** What a carrier's tracking number looks like: letters, digits, dashes. */
const trackingNumber = lineText(40).regex(/^[A-Za-z0-9][A-Za-z0-9-]{3,39}$/, {
  message: "A tracking number is 4 to 40 letters, digits or dashes",
})

/** One step in a place's order queue, with what that step needs. */
export const StaffOrderMove = z.discriminatedUnion("status", [
  z.object({ status: z.literal("preparing") }).strict(),
  z.object({ status: z.literal("ready_for_pickup") }).strict(),
  z
    .object({
      status: z.literal("shipped"),
      carrier: lineText(100),
      tracking_number: trackingNumber,
    })
    .strict(),
  z.object({ status: z.literal("handed_over"), pickup_code: lineText(20) }).strict(),
  z.object({ status: z.literal("delivered") }).strict(),
  z.object({ status: z.literal("cancelled"), reason: lineText(500) }).strict(),
])
export type StaffOrderMoveType = z.infer<typeof StaffOrderMove>
