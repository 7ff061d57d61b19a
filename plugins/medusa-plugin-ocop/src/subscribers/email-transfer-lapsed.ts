import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { paymentFacts } from "../lib/bank-transfer/transfer-order"
import { sendEmail } from "../lib/email/send"
import { EMAILS } from "../lib/email/templates"
import { TRANSFER_ORDER_LAPSED } from "../workflows/bank-transfers/events"

/**
 * The shopper whose bank-transfer order was cancelled unpaid is told why, once the
 * cancellation committed; an email that cannot be sent never undoes it.
 */
export default async function emailTransferLapsed({
  event,
  container,
}: SubscriberArgs<{ order_id: string; days: number }>) {
  try {
    const [order] = await paymentFacts(container, { id: event.data.order_id })
    if (!order?.email) return
    await sendEmail(container, {
      to: order.email,
      template: EMAILS.transferLapsed,
      locale: order.locale,
      trigger_type: TRANSFER_ORDER_LAPSED,
      resource_id: order.id,
      resource_type: "order",
      idempotency_key: `ocop-transfer-lapsed-${order.id}`,
      data: {
        display_id: order.display_id,
        total: order.total,
        placed_at: order.created_at.toISOString(),
        days: event.data.days,
      },
    })
  } catch (error) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .error(
        `[ocop] the unpaid-transfer email of ${event.data.order_id} failed: ${(error as Error).message}`,
      )
  }
}

export const config: SubscriberConfig = { event: TRANSFER_ORDER_LAPSED }
