import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { applicationViews } from "../../../../../lib/booth-application-view"
import { ownFair } from "../../../../../lib/organizer-context"
import { OCOP_MODULE } from "../../../../../modules/ocop/lib/constants"
import type OcopModuleService from "../../../../../modules/ocop/service"

/** Producers' applications for booths at the organiser's own fair, oldest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const fair = await ownFair(req, req.params.id)
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const rows = await ocop.listBoothApplications(
    { fair_id: fair.id },
    { order: { created_at: "ASC" }, take: 500 },
  )
  res.json({ applications: await applicationViews(req.scope, rows) })
}
