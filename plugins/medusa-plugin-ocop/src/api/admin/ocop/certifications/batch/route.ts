import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordCertificationsWorkflow } from "../../../../../workflows/certification-batches"
import type { CertificationInput } from "../../../../../workflows/types"
import type { AdminCreateCertificationBatchType } from "../../validators"

/** An officer records a council session's results at once; one bad result refuses them all. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminCreateCertificationBatchType>,
  res: MedusaResponse,
) {
  const { result } = await recordCertificationsWorkflow(req.scope).run({
    input: { certifications: req.validatedBody.certifications as CertificationInput[] },
  })
  res.status(201).json({ certifications: result, count: result.length })
}
