import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { certificationState } from "../../../../../modules/ocop/lib/certification-rules"
import { OCOP_MODULE } from "../../../../../modules/ocop/lib/constants"
import type OcopModuleService from "../../../../../modules/ocop/service"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const certification = await ocop.retrieveCertification(req.params.id)
  res.json({ certification: { ...certification, state: certificationState(certification) } })
}
