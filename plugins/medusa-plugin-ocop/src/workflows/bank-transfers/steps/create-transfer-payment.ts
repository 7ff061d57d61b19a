import { recordedBy, type StockActor } from "../../../modules/ocop/lib/constants"
import { createRowStep } from "../../steps/created-rows"

export type TransferPaymentRecord = {
  order_id: string
  payment_id: string
  amount: number
  bank_reference: string | null
  actor: StockActor
  place_id: string | null
}

/** The audit row of a received transfer: one per order (a unique index refuses a second). */
export const createTransferPaymentStep = createRowStep(
  "ocop-create-transfer-payment",
  (ocop, { actor, ...record }: TransferPaymentRecord) =>
    ocop.createTransferPayments({ ...record, ...recordedBy(actor), received_at: new Date() }),
  (ocop, ids) => ocop.deleteTransferPayments(ids),
)
