import { z } from "@medusajs/framework/zod"
import { optionalLine } from "../../../zod-fields"

/** A bank transfer seen on the shop's account: its amount in whole đồng and the bank's note. */
export const AdminRecordTransferPayment = z
  .object({
    amount: z
      .number()
      .refine(Number.isSafeInteger, {
        error: "Field 'amount' must be a whole number of đồng",
        abort: true,
      })
      .positive({ error: "Field 'amount' must be more than 0 đồng" }),
    bank_reference: optionalLine(140),
  })
  .strict()
export type AdminRecordTransferPaymentType = z.infer<typeof AdminRecordTransferPayment>

/** Staff record a transfer with the same fields (api/staff/places/:id/orders/:id/transfer-payment). */
export const RecordTransferPayment = AdminRecordTransferPayment
export type RecordTransferPaymentType = AdminRecordTransferPaymentType
