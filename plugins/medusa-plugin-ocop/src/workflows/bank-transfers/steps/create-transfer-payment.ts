import type { StockActor } from "../../../modules/ocop/lib/constants"
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
  (ocop, record: TransferPaymentRecord) =>
    ocop.createTransferPayments({
      order_id: record.order_id,
      payment_id: record.payment_id,
      amount: record.amount,
      bank_reference: record.bank_reference,
      recorded_by_type: record.actor.type,
      recorded_by: record.actor.id,
      place_id: record.place_id,
      received_at: new Date(),
    }),
  (ocop, ids) => ocop.deleteTransferPayments(ids),
)
