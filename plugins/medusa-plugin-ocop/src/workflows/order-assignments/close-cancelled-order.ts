import {
  createStep,
  createWorkflow,
  StepResponse,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../modules/ocop/lib/constants"
import type OcopModuleService from "../../modules/ocop/service"
import { setStatusesAndEmit } from "./set-statuses-and-emit"
import { type AssignmentUpdate } from "./steps/set-assignment-status"

const FINAL = new Set(["handed_over", "delivered", "cancelled"])

/** The reason an assignment carries when the order was cancelled in Medusa itself. */
export const ORDER_CANCELLED_REASON = "order_cancelled"

/**
 * The reason when the order was cancelled because its bank transfer never arrived: the shopper
 * gets the lapse email (subscribers/email-transfer-lapsed.ts), not the generic cancelled one.
 */
export const TRANSFER_LAPSED_REASON = "transfer_lapsed"

type CloseInput = { order_id: string; reason?: typeof TRANSFER_LAPSED_REASON }

const openAssignmentsStep = createStep(
  "ocop-open-order-assignments",
  async (input: CloseInput, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const assignments = await ocop.listOrderAssignments({ order_id: input.order_id })
    return new StepResponse(
      assignments
        .filter((assignment) => !FINAL.has(assignment.status))
        .map((assignment): AssignmentUpdate => ({
          id: assignment.id,
          status: "cancelled",
          cancel_reason: input.reason ?? ORDER_CANCELLED_REASON,
        })),
    )
  },
)

/**
 * An order cancelled through Medusa (an officer, or the unpaid-transfer job) leaves every
 * place's queue: its open assignments become cancelled. Medusa's cancellation already released
 * the reservations.
 */
export const closeCancelledOrderWorkflow = createWorkflow(
  "ocop-close-cancelled-order",
  (input: CloseInput) => {
    const updates = openAssignmentsStep(input)
    const updated = setStatusesAndEmit(updates)
    return new WorkflowResponse(updated)
  },
)
