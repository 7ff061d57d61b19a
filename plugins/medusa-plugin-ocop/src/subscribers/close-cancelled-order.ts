import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { closeCancelledOrderWorkflow } from "../workflows/order-assignments/close-cancelled-order"

/** An order cancelled in Medusa leaves every place's queue. */
export default async function closeCancelledOrder({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  await closeCancelledOrderWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: OrderWorkflowEvents.CANCELED }
