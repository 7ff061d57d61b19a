import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { applicationViews } from "../../../lib/booth-application-view"
import { currentProducerId } from "../../../lib/producer-context"
import { OCOP_MODULE } from "../../../modules/ocop/lib/constants"
import type OcopModuleService from "../../../modules/ocop/service"

/** The producer's own booth applications, newest first, with their status. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const producerId = await currentProducerId(req)
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const rows = await ocop.listBoothApplications(
    { producer_id: producerId },
    { order: { created_at: "DESC" }, take: 200 },
  )
  res.json({ applications: await applicationViews(req.scope, rows) })
}
