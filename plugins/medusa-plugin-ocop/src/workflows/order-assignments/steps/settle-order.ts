import { capturePaymentWorkflow, cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop/lib/constants"
import type OcopModuleService from "../../../modules/ocop/service"
import type { AssignmentFacts } from "./load-assignment"

/**
 * Cash on delivery is paid when the shopper has the goods: at handover or delivery the order's
 * uncaptured payment is captured. Last step of its workflow: a capture is not undone.
 */
export const captureCashPaymentStep = createStep(
  "ocop-capture-cash-payment",
  async (input: { assignment: AssignmentFacts; captured_by: string | null }, { container }) => {
    const { assignment } = input
    if (assignment.payment_method !== "cod") return new StepResponse([] as string[])
    for (const payment_id of assignment.uncaptured_payment_ids) {
      await capturePaymentWorkflow(container).run({
        input: { payment_id, captured_by: input.captured_by ?? undefined },
      })
    }
    return new StepResponse(assignment.uncaptured_payment_ids)
  },
)

/**
 * When every place has cancelled its part, the order itself is cancelled in Medusa (payment
 * cancelled or refunded). Last step of its workflow: a cancelled order is not revived.
 */
export const cancelOrderWhenAllCancelledStep = createStep(
  "ocop-cancel-order-when-all-cancelled",
  async (input: { order_id: string; canceled_by: string | null }, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const assignments = await ocop.listOrderAssignments({ order_id: input.order_id })
    if (assignments.some((assignment) => assignment.status !== "cancelled")) {
      return new StepResponse(false)
    }
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "order",
      fields: ["id", "status"],
      filters: { id: input.order_id },
    })
    if ((data[0] as { status?: string } | undefined)?.status === "canceled") {
      return new StepResponse(false)
    }
    await cancelOrderWorkflow(container).run({
      input: { order_id: input.order_id, canceled_by: input.canceled_by ?? undefined },
    })
    return new StepResponse(true)
  },
)
