import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordConsignmentPaymentWorkflow } from "../../../../../workflows/consignment-payments"
import type { AdminRecordConsignmentPaymentType } from "../validators"

/** An officer records a place's payment to a producer for consigned goods sold. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminRecordConsignmentPaymentType>,
  res: MedusaResponse,
) {
  const { paid_on, ...body } = req.validatedBody
  const { result } = await recordConsignmentPaymentWorkflow(req.scope).run({
    input: {
      ...body,
      paid_at: paid_on ? new Date(`${paid_on}T12:00:00+07:00`) : new Date(),
      actor: { type: "user", id: req.auth_context.actor_id },
    },
  })
  res.status(201).json({
    payment: {
      id: result.id,
      producer_id: result.producer_id,
      place_id: result.place_id,
      amount: Number(result.amount),
      method: result.method,
      reference: result.reference,
      paid_at: result.paid_at,
      recorded_by_type: result.recorded_by_type,
      recorded_by: result.recorded_by,
    },
  })
}
