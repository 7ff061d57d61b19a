import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { OrderAssignmentStatus } from "@ocop/shared"
import { sendOrderAssignmentEmailStep } from "./steps/send-order-email"

/** The emails one event of a place's order queue sends (steps/send-order-email.ts). */
export const notifyOrderAssignmentWorkflow = createWorkflow(
  "ocop-notify-order-assignment",
  (input: { id: string; status: OrderAssignmentStatus }) =>
    new WorkflowResponse(sendOrderAssignmentEmailStep(input)),
)
