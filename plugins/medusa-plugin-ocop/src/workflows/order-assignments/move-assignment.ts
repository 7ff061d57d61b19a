import {
  acquireLockStep,
  createOrderFulfillmentWorkflow,
  createOrderShipmentWorkflow,
  markOrderFulfillmentAsDeliveredWorkflow,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
  type WorkflowData,
} from "@medusajs/framework/workflows-sdk"
import type { OrderAssignmentStatus } from "@ocop/shared"
import type { StockActor } from "../../modules/ocop/lib/constants"
import { setStatusesAndEmit } from "./set-statuses-and-emit"
import {
  checkAssignmentMoveStep,
  loadAssignmentStep,
  type AssignmentFacts,
} from "./steps/load-assignment"
import { recordOrderMovementsStep } from "./steps/record-order-movements"
import { releaseAssignmentReservationsStep } from "./steps/release-reservations"
import { type AssignmentUpdate } from "./steps/set-assignment-status"
import { cancelOrderWhenAllCancelledStep, captureCashPaymentStep } from "./steps/settle-order"

// A place's order queue: each move is a workflow — lock the assignment, read it and its
// payment, check the move (lib/order-assignment-rules.ts), act on Medusa's own order,
// fulfillment, inventory and payment, then record the status and tell whoever listens.

type Who = { assignment_id: string; place_id: string; actor: StockActor }

const LOCK = { timeout: 20, ttl: 120 }

/**
 * Opens a move: locks the assignment, reads it and its payment, and checks the move (the
 * pickup code too, for a handover). The workflow releases the lock as its last step.
 */
function openMove(input: Who & { pickup_code?: string }, to: OrderAssignmentStatus) {
  acquireLockStep({ key: input.assignment_id, ...LOCK })
  const assignment = loadAssignmentStep(input)
  checkAssignmentMoveStep(
    transform({ assignment, input }, ({ assignment, input }) => ({
      assignment,
      to,
      pickup_code: input.pickup_code,
    })),
  )
  return assignment
}

type Opened = { assignment: WorkflowData<AssignmentFacts>; input: Who }

/** The units leave the shelf: one stock movement per line, by the actor. */
function recordMovements({ assignment, input }: Opened) {
  recordOrderMovementsStep(
    transform({ assignment, input }, ({ assignment, input }) => ({
      assignment,
      actor: input.actor,
    })),
  )
}

/** Cash collected at handover or delivery captures the order's payment. */
function captureCash({ assignment, input }: Opened) {
  captureCashPaymentStep(
    transform({ assignment, input }, ({ assignment, input }) => ({
      assignment,
      captured_by: input.actor.id,
    })),
  )
}

/** A move that only changes the queue: new → preparing, preparing → ready_for_pickup. */
function statusOnlyWorkflow(name: string, to: OrderAssignmentStatus) {
  return createWorkflow(name, (input: Who) => {
    openMove(input, to)
    const updated = setStatusesAndEmit(
      transform({ input }, ({ input }): AssignmentUpdate[] => [
        { id: input.assignment_id, status: to },
      ]),
    )
    releaseLockStep({ key: input.assignment_id })
    return new WorkflowResponse(updated)
  })
}

export const prepareOrderAssignmentWorkflow = statusOnlyWorkflow(
  "ocop-prepare-order-assignment",
  "preparing",
)

/** Ready at the counter; a bank transfer must have arrived first. */
export const readyOrderAssignmentWorkflow = statusOnlyWorkflow(
  "ocop-ready-order-assignment",
  "ready_for_pickup",
)

const fulfillmentInput = (
  assignment: {
    order_id: string
    stock_location_id: string
    items: { order_item_id: string; quantity: number }[]
  },
  actor: StockActor,
) => ({
  order_id: assignment.order_id,
  location_id: assignment.stock_location_id,
  created_by: actor.id ?? undefined,
  items: mergedItems(assignment.items),
})

/** One fulfillment line per order line (a line using several inventory items appears once). */
function mergedItems(items: { order_item_id: string; quantity: number }[]) {
  const lines = new Map<string, number>()
  for (const item of items) lines.set(item.order_item_id, item.quantity)
  return [...lines].map(([id, quantity]) => ({ id, quantity }))
}

/**
 * Sent by a carrier: a Medusa fulfillment from the place's stock location (its reservations
 * become stock taken off the shelf, recorded as movements), shipped with the carrier's tracking
 * number. A bank transfer must have arrived first.
 */
export const shipOrderAssignmentWorkflow = createWorkflow(
  "ocop-ship-order-assignment",
  (input: Who & { carrier: string; tracking_number: string }) => {
    const assignment = openMove(input, "shipped")
    const fulfillment = createOrderFulfillmentWorkflow.runAsStep({
      input: transform({ assignment, input }, ({ assignment, input }) =>
        fulfillmentInput(assignment, input.actor),
      ),
    })
    createOrderShipmentWorkflow.runAsStep({
      input: transform(
        { assignment, input, fulfillment },
        ({ assignment, input, fulfillment }) => ({
          order_id: assignment.order_id,
          fulfillment_id: fulfillment.id,
          created_by: input.actor.id ?? undefined,
          items: mergedItems(assignment.items),
          labels: [{ tracking_number: input.tracking_number, tracking_url: "", label_url: "" }],
        }),
      ),
    })
    recordMovements({ assignment, input })
    const updated = setStatusesAndEmit(
      transform({ input, fulfillment }, ({ input, fulfillment }): AssignmentUpdate[] => [
        {
          id: input.assignment_id,
          status: "shipped",
          carrier: input.carrier,
          tracking_number: input.tracking_number,
          fulfillment_id: fulfillment.id,
        },
      ]),
    )
    releaseLockStep({ key: input.assignment_id })
    return new WorkflowResponse(updated)
  },
)

/**
 * Handed over at the counter to whoever shows the pickup code: a Medusa fulfillment from the
 * place's location, delivered at once; the units leave the shelf (movements); cash is taken.
 */
export const handOverOrderAssignmentWorkflow = createWorkflow(
  "ocop-hand-over-order-assignment",
  (input: Who & { pickup_code: string }) => {
    const assignment = openMove(input, "handed_over")
    const fulfillment = createOrderFulfillmentWorkflow.runAsStep({
      input: transform({ assignment, input }, ({ assignment, input }) =>
        fulfillmentInput(assignment, input.actor),
      ),
    })
    markOrderFulfillmentAsDeliveredWorkflow.runAsStep({
      input: transform({ assignment, fulfillment }, ({ assignment, fulfillment }) => ({
        orderId: assignment.order_id,
        fulfillmentId: fulfillment.id,
      })),
    })
    recordMovements({ assignment, input })
    const updated = setStatusesAndEmit(
      transform({ input, fulfillment }, ({ input, fulfillment }): AssignmentUpdate[] => [
        { id: input.assignment_id, status: "handed_over", fulfillment_id: fulfillment.id },
      ]),
    )
    captureCash({ assignment, input })
    releaseLockStep({ key: input.assignment_id })
    return new WorkflowResponse(updated)
  },
)

/** Delivered by the carrier: Medusa's fulfillment is marked delivered; cash is taken. */
export const deliverOrderAssignmentWorkflow = createWorkflow(
  "ocop-deliver-order-assignment",
  (input: Who) => {
    const assignment = openMove(input, "delivered")
    markOrderFulfillmentAsDeliveredWorkflow.runAsStep({
      input: transform({ assignment }, ({ assignment }) => ({
        orderId: assignment.order_id,
        fulfillmentId: assignment.fulfillment_id!,
      })),
    })
    const updated = setStatusesAndEmit(
      transform({ input }, ({ input }): AssignmentUpdate[] => [
        { id: input.assignment_id, status: "delivered" },
      ]),
    )
    captureCash({ assignment, input })
    releaseLockStep({ key: input.assignment_id })
    return new WorkflowResponse(updated)
  },
)

/**
 * Cancelled by the place before the goods leave it, with a reason: its reservations are
 * released (the units are free on the shelf again); when no place serves any part of the order
 * any more, the order is cancelled in Medusa.
 */
export const cancelOrderAssignmentWorkflow = createWorkflow(
  "ocop-cancel-order-assignment",
  (input: Who & { reason: string }) => {
    const assignment = openMove(input, "cancelled")
    releaseAssignmentReservationsStep(assignment)
    const updated = setStatusesAndEmit(
      transform({ input }, ({ input }): AssignmentUpdate[] => [
        { id: input.assignment_id, status: "cancelled", cancel_reason: input.reason },
      ]),
    )
    cancelOrderWhenAllCancelledStep(
      transform({ assignment, input }, ({ assignment, input }) => ({
        order_id: assignment.order_id,
        canceled_by: input.actor.id,
      })),
    )
    releaseLockStep({ key: input.assignment_id })
    return new WorkflowResponse(updated)
  },
)
