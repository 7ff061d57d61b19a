import {
  acquireLockStep,
  capturePaymentWorkflow,
  emitEventStep,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { TRANSFER_PAYMENT_RECORDED } from "./events"
import { checkTransferPaymentStep } from "./steps/check-transfer-payment"
import { createTransferPaymentStep } from "./steps/create-transfer-payment"
import type { RecordTransferPaymentInput } from "./types"

/**
 * An officer, or staff of the place serving the order, saw the shopper's transfer arrive:
 * the order's payment is captured in Medusa (the order becomes paid) and the audit row says
 * who recorded it, when, the amount and the bank's note. Under the order's lock, so a second
 * recording or the unpaid-transfer job cannot interleave.
 */
export const recordTransferPaymentWorkflow = createWorkflow(
  "ocop-record-transfer-payment",
  (input: RecordTransferPaymentInput) => {
    const key = transform({ input }, ({ input }) => `ocop-order-payment:${input.order_id}`)
    acquireLockStep({ key, timeout: 10, ttl: 60 })
    const checked = checkTransferPaymentStep(input)
    const record = createTransferPaymentStep(
      transform({ input, checked }, ({ input, checked }) => ({
        order_id: checked.order_id,
        payment_id: checked.payment_id,
        amount: checked.amount,
        bank_reference: input.bank_reference ?? null,
        actor: input.actor,
        place_id: input.place_id ?? null,
      })),
    )
    capturePaymentWorkflow.runAsStep({
      input: transform({ input, checked }, ({ input, checked }) => ({
        payment_id: checked.payment_id,
        amount: checked.amount,
        captured_by: input.actor.id ?? undefined,
      })),
    })
    releaseLockStep({ key })
    emitEventStep({
      eventName: TRANSFER_PAYMENT_RECORDED,
      data: transform({ record }, ({ record }) => ({ id: record.id, order_id: record.order_id })),
    })
    return new WorkflowResponse(record)
  },
)
