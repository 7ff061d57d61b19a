import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { OrderAssignmentStatus } from "@ocop/shared"
import {
  ORDER_ASSIGNMENT_CREATED,
  ORDER_ASSIGNMENT_STATUS_CHANGED,
} from "../workflows/order-assignments/events"
import { notifyOrderAssignmentWorkflow } from "../workflows/order-assignments/notify-order-assignment"

/** A new order tells its place's staff; ready, shipped and cancelled tell the shopper. */
export default async function notifyOrderAssignment({
  event,
  container,
}: SubscriberArgs<{ id: string; status?: OrderAssignmentStatus }>) {
  await notifyOrderAssignmentWorkflow(container).run({
    input: { id: event.data.id, status: event.data.status ?? "new" },
  })
}

export const config: SubscriberConfig = {
  event: [ORDER_ASSIGNMENT_CREATED, ORDER_ASSIGNMENT_STATUS_CHANGED],
}
