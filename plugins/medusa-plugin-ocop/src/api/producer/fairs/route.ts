import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fairSummary } from "../../../lib/fair-view"
import { currentProducerId } from "../../../lib/producer-context"
import { OCOP_MODULE } from "../../../modules/ocop/lib/constants"
import type OcopModuleService from "../../../modules/ocop/service"

/** Fairs open for booth applications: every fair that has not ended, soonest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await currentProducerId(req)
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const fairs = await ocop.listFairs(
    { ends_at: { $gt: new Date() } },
    { order: { starts_at: "ASC" } },
  )
  res.json({ fairs: fairs.map((fair) => fairSummary(fair, "vi")) })
}
