import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE, type StockActor } from "../../../modules/ocop/lib/constants"
import type OcopModuleService from "../../../modules/ocop/service"
import { deleteCreated } from "../../steps/created-rows"

export type TransferPaymentRecord = {
  order_id: string
  payment_id: string
  amount: number
  bank_reference: string | null
  actor: StockActor
  place_id: string | null
}

/** The audit row of a received transfer: one per order (a unique index refuses a second). */
export const createTransferPaymentStep = createStep(
  "ocop-create-transfer-payment",
  async (record: TransferPaymentRecord, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const created = await ocop.createTransferPayments({
      order_id: record.order_id,
      payment_id: record.payment_id,
      amount: record.amount,
      bank_reference: record.bank_reference,
      recorded_by_type: record.actor.type,
      recorded_by: record.actor.id,
      place_id: record.place_id,
      received_at: new Date(),
    })
    return new StepResponse(created, created.id)
  },
  deleteCreated((ocop, ids) => ocop.deleteTransferPayments(ids)),
)
