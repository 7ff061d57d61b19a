import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  checkConsignmentPaymentStep,
  createConsignmentPaymentStep,
  type ConsignmentPaymentInput,
} from "./steps/consignment-payment"

/** A consignment payment was recorded: data `{ id, producer_id, place_id }`. */
export const CONSIGNMENT_PAYMENT_RECORDED = "ocop.consignment_payment.recorded"

/**
 * A place paid a producer for consigned goods it sold: an officer records the amount, method,
 * reference and date; the statements subtract it from what the place owes.
 */
export const recordConsignmentPaymentWorkflow = createWorkflow(
  "ocop-record-consignment-payment",
  (input: ConsignmentPaymentInput) => {
    checkConsignmentPaymentStep(input)
    const payment = createConsignmentPaymentStep(input)
    emitEventStep({
      eventName: CONSIGNMENT_PAYMENT_RECORDED,
      data: transform({ payment }, ({ payment }) => ({
        id: payment.id,
        producer_id: payment.producer_id,
        place_id: payment.place_id,
      })),
    })
    return new WorkflowResponse(payment)
  },
)
