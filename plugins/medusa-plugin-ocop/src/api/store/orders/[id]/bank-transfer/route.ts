import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { orderPaymentStatus } from "../../../../../lib/bank-transfer/transfer-status"

/**
 * How the shopper pays this order: for a bank transfer, the VietQR code's payload and the
 * account, amount and reference as text, and the day an unpaid order is cancelled. Behind the
 * same proof as reading the order (store/orders/middlewares.ts).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const status = await orderPaymentStatus(req.scope, req.params.id)
  res.json({
    payment: {
      payment_method: status.payment_method,
      paid: status.paid,
      due_by: status.due_by,
      reference: status.reference,
      bank_transfer: status.paid || status.canceled ? null : status.bank_transfer,
    },
  })
}
