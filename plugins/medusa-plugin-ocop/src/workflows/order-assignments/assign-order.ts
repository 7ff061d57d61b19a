import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_ASSIGNMENT_CREATED } from "./events"
import { createOrderAssignmentsStep } from "./steps/create-order-assignments"
import { moveOrderReservationsStep } from "./steps/move-reservations"
import { planOrderRouteStep } from "./steps/plan-order-route"

/**
 * Where a new order is served from: decide the place(s), move Medusa's reservations there and
 * put the order in each place's queue. Run by checkout (hooks/route-orders.ts); every write is
 * undone if a later one fails.
 */
export const assignOrderWorkflow = createWorkflow(
  "ocop-assign-order",
  (input: { order_id: string }) => {
    const route = planOrderRouteStep(input)
    const moved = moveOrderReservationsStep(route)
    const assignments = createOrderAssignmentsStep(route)
    emitEventStep({
      eventName: ORDER_ASSIGNMENT_CREATED,
      data: transform({ assignments }, ({ assignments }) =>
        assignments.map((assignment) => ({
          id: assignment.id,
          order_id: assignment.order_id,
          place_id: assignment.place_id,
          kind: assignment.kind,
        })),
      ),
    })
    return new WorkflowResponse({ assignments, moved })
  },
)
