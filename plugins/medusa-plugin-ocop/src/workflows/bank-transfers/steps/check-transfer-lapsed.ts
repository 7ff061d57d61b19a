import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { transferLapsed } from "../../../modules/ocop/lib/payment-rules"
import { paymentFacts } from "../../../lib/bank-transfer/transfer-order"

/**
 * Re-reads the order under its lock: still an online bank-transfer order, open, unpaid,
 * unfulfilled and placed before the cutoff. Anything else is refused and nothing is written.
 */
export const checkTransferLapsedStep = createStep(
  "ocop-check-transfer-lapsed",
  async (input: { order_id: string; cutoff: Date }, { container }) => {
    const [order] = await paymentFacts(container, { id: input.order_id })
    if (!order) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${input.order_id} was not found.`)
    }
    if (!transferLapsed(order, new Date(input.cutoff))) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Order ${input.order_id} is not an unpaid bank transfer past its days.`,
      )
    }
    return new StepResponse(order)
  },
)
