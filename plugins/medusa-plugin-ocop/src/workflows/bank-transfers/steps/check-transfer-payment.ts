import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { paymentFacts } from "../../../lib/bank-transfer/transfer-order"
import { transferRefusal, type TransferRefusal } from "../../../modules/ocop/lib/payment-rules"
import type { RecordTransferPaymentInput } from "../types"

const refusals: Record<TransferRefusal, { type: string; message: string }> = {
  not_bank_transfer: {
    type: MedusaError.Types.INVALID_DATA,
    message: "This order is not paid by bank transfer.",
  },
  order_canceled: { type: MedusaError.Types.CONFLICT, message: "This order is cancelled." },
  already_paid: { type: MedusaError.Types.CONFLICT, message: "This order is already paid." },
  amount_mismatch: {
    type: MedusaError.Types.INVALID_DATA,
    message: "The amount received is not the order's total.",
  },
}

/**
 * Whether a received transfer may be recorded on this order: an online bank-transfer order
 * (a counter sale is paid at the counter), open, unpaid, for exactly its total. Writes nothing.
 * `place_order_ids`, when given, are the orders the recording staff's place serves: any
 * other order is not found.
 */
export const checkTransferPaymentStep = createStep(
  "ocop-check-transfer-payment",
  async (input: RecordTransferPaymentInput, { container }) => {
    const [order] = await paymentFacts(container, { id: input.order_id })
    if (!order || (input.place_order_ids && !input.place_order_ids.includes(order.id))) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Order ${input.order_id} was not found.`,
        "order_not_found",
      )
    }
    const refusal = transferRefusal(
      { ...order, payment_method: order.counter ? null : order.payment_method },
      input.amount,
    )
    if (!refusal && !order.open_payment_id) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        "This order has no authorized payment left to capture.",
      )
    }
    if (refusal) {
      const { type, message } = refusals[refusal]
      throw new MedusaError(type, message, refusal)
    }
    return new StepResponse({
      order_id: order.id,
      display_id: order.display_id,
      payment_id: order.open_payment_id as string,
      amount: order.total,
    })
  },
)
