import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fairSummary } from "../../../lib/fair-view"
import { OCOP_MODULE } from "../../../modules/ocop/lib/constants"
import type OcopModuleService from "../../../modules/ocop/service"
import { createFairWorkflow } from "../../../workflows/fairs"
import type { OrganizerCreateFairType } from "../validators"

/** The organiser's own fairs. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const fairs = await ocop.listFairs(
    { organizer_id: req.auth_context.actor_id },
    { order: { starts_at: "DESC" } },
  )
  res.json({ fairs: fairs.map((fair) => fairSummary(fair, "vi")) })
}

export async function POST(
  req: AuthenticatedMedusaRequest<OrganizerCreateFairType>,
  res: MedusaResponse,
) {
  const { result } = await createFairWorkflow(req.scope).run({
    input: { ...req.validatedBody, organizer_id: req.auth_context.actor_id },
  })
  res.status(201).json({ fair: result })
}
