import {
  acquireLockStep,
  cancelOrderWorkflow,
  emitEventStep,
  releaseLockStep,
  sendNotificationsStep,
} from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { EMAILS } from "../../lib/email/templates"
import { TRANSFER_ORDER_LAPSED } from "./events"
import { checkTransferLapsedStep } from "./steps/check-transfer-lapsed"

export type CancelLapsedTransferInput = { order_id: string; cutoff: Date; days: number }

/**
 * A bank-transfer order whose money did not arrive within its days is cancelled with Medusa's
 * own cancelOrderWorkflow — its reservations are deleted, so the stock is free again, and its
 * authorized payment is cancelled — and the shopper is told why, in their language.
 */
export const cancelLapsedTransferWorkflow = createWorkflow(
  "ocop-cancel-lapsed-transfer",
  (input: CancelLapsedTransferInput) => {
    const key = transform({ input }, ({ input }) => `ocop-order-payment:${input.order_id}`)
    acquireLockStep({ key, timeout: 10, ttl: 120 })
    const order = checkTransferLapsedStep(input)
    cancelOrderWorkflow.runAsStep({ input: { order_id: input.order_id } })
    releaseLockStep({ key })
    const notifications = transform({ order, input }, ({ order, input }) =>
      order.email
        ? [
            {
              to: order.email,
              channel: "email",
              template: EMAILS.transferLapsed,
              resource_id: order.id,
              resource_type: "order",
              idempotency_key: `ocop-transfer-lapsed-${order.id}`,
              data: {
                locale: order.locale,
                display_id: order.display_id,
                total: order.total,
                placed_at: new Date(order.created_at).toISOString(),
                days: input.days,
              },
            },
          ]
        : [],
    )
    sendNotificationsStep(notifications)
    emitEventStep({
      eventName: TRANSFER_ORDER_LAPSED,
      data: transform({ order }, ({ order }) => ({ order_id: order.id })),
    })
    return new WorkflowResponse(order)
  },
)
