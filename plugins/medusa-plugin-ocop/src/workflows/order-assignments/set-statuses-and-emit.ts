import { emitEventStep } from "@medusajs/medusa/core-flows"
import { transform, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { ORDER_ASSIGNMENT_STATUS_CHANGED } from "./events"
import { setAssignmentStatusStep, type AssignmentUpdate } from "./steps/set-assignment-status"

/**
 * Within a workflow: records assignments' new statuses and tells whoever listens
 * (`ORDER_ASSIGNMENT_STATUS_CHANGED`, held until the workflow completes), whether a place moved
 * one or Medusa cancelled the order.
 */
export function setStatusesAndEmit(updates: WorkflowData<AssignmentUpdate[]>) {
  const updated = setAssignmentStatusStep(updates)
  emitEventStep({
    eventName: ORDER_ASSIGNMENT_STATUS_CHANGED,
    data: transform({ updated }, ({ updated }) =>
      (updated as unknown as Record<string, unknown>[]).map((row) => ({
        id: row.id,
        order_id: row.order_id,
        place_id: row.place_id,
        kind: row.kind,
        status: row.status,
        previous_status: row.previous_status,
      })),
    ),
  })
  return updated
}
