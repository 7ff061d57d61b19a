import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { revokeCertificationWorkflow } from "../../../../../../workflows/revoke-certification"
import type { AdminRevokeCertificationType } from "../../../validators"

export async function POST(
  req: AuthenticatedMedusaRequest<AdminRevokeCertificationType>,
  res: MedusaResponse,
) {
  const { result } = await revokeCertificationWorkflow(req.scope).run({
    input: { id: req.params.id, reason: req.validatedBody.reason },
  })
  res.json({ certification: result })
}
