import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../modules/ocop/lib/constants"
import {
  transferDueBy,
  transferPaymentDays,
  transferReference,
} from "../../modules/ocop/lib/payment-rules"
import type OcopModuleService from "../../modules/ocop/service"
import { bankTransferDetails } from "./vietqr"
import { paymentFacts } from "./transfer-order"

/**
 * How an order stands with its payment, as the shopper's confirmation page and the officer's
 * order page read it: method, paid or not, the day an unpaid transfer is cancelled, the
 * VietQR details to pay it (bank transfer only; null without a configured account) and, once
 * recorded, the received transfer.
 */
export async function orderPaymentStatus(container: MedusaContainer, orderId: string) {
  const [order] = await paymentFacts(container, { id: orderId })
  if (!order) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Order ${orderId} was not found.`,
      "order_not_found",
    )
  }
  const transfer = order.payment_method === "bank_transfer" && !order.counter
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const [received] = transfer ? await ocop.listTransferPayments({ order_id: order.id }) : []
  const days = transferPaymentDays(process.env.OCOP_TRANSFER_PAYMENT_DAYS)
  return {
    order_id: order.id,
    display_id: order.display_id,
    payment_method: order.payment_method,
    total: order.total,
    paid: order.paid,
    canceled: order.canceled,
    due_by:
      transfer && !order.paid && !order.canceled
        ? transferDueBy(order.created_at, days).toISOString()
        : null,
    reference: transfer ? transferReference(order.display_id) : null,
    bank_transfer: transfer ? bankTransferDetails(order) : null,
    transfer_payment: received
      ? {
          id: received.id,
          amount: Number(received.amount),
          bank_reference: received.bank_reference,
          recorded_by_type: received.recorded_by_type,
          recorded_by: received.recorded_by,
          received_at: new Date(received.received_at).toISOString(),
        }
      : null,
  }
}
