import {
  acquireLockStep,
  cancelOrderWorkflow,
  emitEventStep,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  closeCancelledOrderWorkflow,
  TRANSFER_LAPSED_REASON,
} from "../order-assignments/close-cancelled-order"
import { TRANSFER_ORDER_LAPSED } from "./events"
import { checkTransferLapsedStep } from "./steps/check-transfer-lapsed"

export type CancelLapsedTransferInput = { order_id: string; cutoff: Date; days: number }

/**
 * A bank-transfer order whose money did not arrive within its days is cancelled with Medusa's
 * own cancelOrderWorkflow — its reservations are deleted, so the stock is free again, and its
 * authorized payment is cancelled. Its event tells the shopper why, by email, once committed
 * (subscribers/email-transfer-lapsed.ts).
 */
export const cancelLapsedTransferWorkflow = createWorkflow(
  "ocop-cancel-lapsed-transfer",
  (input: CancelLapsedTransferInput) => {
    const key = transform({ input }, ({ input }) => `ocop-order-payment:${input.order_id}`)
    acquireLockStep({ key, timeout: 10, ttl: 120 })
    const order = checkTransferLapsedStep(input)
    cancelOrderWorkflow.runAsStep({ input: { order_id: input.order_id } })
    // The places' queues learn why, so the shopper is told once, by the lapse email.
    closeCancelledOrderWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        order_id: input.order_id,
        reason: TRANSFER_LAPSED_REASON,
      })),
    })
    releaseLockStep({ key })
    emitEventStep({
      eventName: TRANSFER_ORDER_LAPSED,
      data: transform({ order, input }, ({ order, input }) => ({
        order_id: order.id,
        days: input.days,
      })),
    })
    return new WorkflowResponse(order)
  },
)
