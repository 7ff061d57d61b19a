import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateProducerUserWorkflow } from "../../../../../workflows/producer-users"
import type { AdminUpdateProducerUserType } from "../../validators"

/** Approve (with the producer the user manages), disable or re-enable a producer account. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminUpdateProducerUserType>,
  res: MedusaResponse,
) {
  const { result } = await updateProducerUserWorkflow(req.scope).run({
    input: { id: req.params.id, ...req.validatedBody },
  })
  res.json({ producer_user: result })
}
