import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { type OrderAssignmentKind, type OrderAssignmentStatus } from "@ocop/shared"
import { orderById } from "../../../lib/order-by-id"
import { OCOP_MODULE } from "../../../modules/ocop/lib/constants"
import {
  AssignmentRuleError,
  assertMove,
  needsPaymentFirst,
  pickupCodeMatches,
} from "../../../modules/ocop/lib/order-assignment-rules"
import type OcopModuleService from "../../../modules/ocop/service"
import type { AssignmentItem } from "./plan-order-route"

export type AssignmentFacts = {
  id: string
  order_id: string
  place_id: string
  stock_location_id: string
  kind: OrderAssignmentKind
  status: OrderAssignmentStatus
  items: AssignmentItem[]
  pickup_code: string | null
  fulfillment_id: string | null
  payment_method: string | null
  /** The order's payment has been captured: "paid". */
  paid: boolean
  /** Payments not yet captured (cash collected at handover or delivery captures them). */
  uncaptured_payment_ids: string[]
}

type OrderPayments = {
  metadata?: Record<string, unknown> | null
  payment_collections?: {
    payments?: { id: string; captured_at?: unknown; canceled_at?: unknown; captures?: unknown[] }[]
  }[]
}

/** The assignment, if it belongs to this place (else 404, as if it did not exist). */
export async function assignmentAtPlace(
  ocop: OcopModuleService,
  input: { assignment_id: string; place_id: string },
) {
  const [assignment] = await ocop.listOrderAssignments({
    id: input.assignment_id,
    place_id: input.place_id,
  })
  if (!assignment) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Order ${input.assignment_id} was not found.`,
    )
  }
  return assignment
}

/** The assignment with its order's payment facts, read for a move in the place's queue. */
export const loadAssignmentStep = createStep(
  "ocop-load-order-assignment",
  async (input: { assignment_id: string; place_id: string }, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const assignment = await assignmentAtPlace(ocop, input)
    const order = await orderById<OrderPayments>(container, assignment.order_id, [
      "id",
      "metadata",
      "payment_collections.payments.id",
      "payment_collections.payments.captured_at",
      "payment_collections.payments.canceled_at",
      "payment_collections.payments.captures.id",
    ])
    const payments = (order?.payment_collections ?? [])
      .flatMap((collection) => collection.payments ?? [])
      .filter((payment) => !payment.canceled_at)
    const captured = (payment: (typeof payments)[number]) =>
      Boolean(payment.captured_at) || (payment.captures?.length ?? 0) > 0
    const method = order?.metadata?.payment_method
    return new StepResponse({
      id: assignment.id,
      order_id: assignment.order_id,
      place_id: assignment.place_id,
      stock_location_id: assignment.stock_location_id,
      kind: assignment.kind,
      status: assignment.status,
      items: assignment.items as unknown as AssignmentItem[],
      pickup_code: assignment.pickup_code ?? null,
      fulfillment_id: assignment.fulfillment_id ?? null,
      payment_method: typeof method === "string" ? method : null,
      paid: payments.some(captured),
      uncaptured_payment_ids: payments.filter((payment) => !captured(payment)).map((p) => p.id),
    } satisfies AssignmentFacts)
  },
)

export type MoveCheck = {
  assignment: AssignmentFacts
  to: OrderAssignmentStatus
  pickup_code?: string
}

/**
 * Refuses, before anything is written, a move the queue does not allow (400), a bank transfer
 * not yet received before the goods are put out (409), and a wrong pickup code (400).
 */
export const checkAssignmentMoveStep = createStep(
  "ocop-check-order-assignment-move",
  async ({ assignment, to, pickup_code }: MoveCheck) => {
    try {
      assertMove(assignment.kind, assignment.status, to)
    } catch (error) {
      if (error instanceof AssignmentRuleError) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, error.message, "invalid_transition")
      }
      throw error
    }
    if (
      needsPaymentFirst(to) &&
      assignment.payment_method === "bank_transfer" &&
      !assignment.paid
    ) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        "This order is paid by bank transfer and the transfer has not been received yet.",
        "awaiting_payment",
      )
    }
    if (to === "handed_over" && !pickupCodeMatches(assignment.pickup_code, pickup_code)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "The pickup code does not match this order.",
        "wrong_pickup_code",
      )
    }
  },
)
