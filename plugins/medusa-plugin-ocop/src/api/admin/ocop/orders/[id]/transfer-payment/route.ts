import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { orderPaymentStatus } from "../../../../../../lib/bank-transfer/transfer-status"
import { recordTransferPaymentWorkflow } from "../../../../../../workflows/bank-transfers/record-transfer-payment"
import type { AdminRecordTransferPaymentType } from "../../validators"

/** The order's payment: method, paid or not, VietQR details and the recorded transfer. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ payment: await orderPaymentStatus(req.scope, req.params.id) })
}

/** An officer records the shopper's transfer as received: the order's payment is captured. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminRecordTransferPaymentType>,
  res: MedusaResponse,
) {
  await recordTransferPaymentWorkflow(req.scope).run({
    input: {
      order_id: req.params.id,
      amount: req.validatedBody.amount,
      bank_reference: req.validatedBody.bank_reference ?? null,
      actor: { type: "user", id: req.auth_context.actor_id },
    },
  })
  res.json({ payment: await orderPaymentStatus(req.scope, req.params.id) })
}
