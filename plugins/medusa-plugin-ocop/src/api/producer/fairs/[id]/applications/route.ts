import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { applicationViews } from "../../../../../lib/booth-application-view"
import { currentProducerId } from "../../../../../lib/producer-context"
import { OCOP_MODULE } from "../../../../../modules/ocop/lib/constants"
import type OcopModuleService from "../../../../../modules/ocop/service"
import { applyForBoothWorkflow } from "../../../../../workflows/booth-applications"
import type { ProducerApplyForBoothType } from "../../../../booth-application-validators"

/** The producer's own applications for this fair. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const producerId = await currentProducerId(req)
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const rows = await ocop.listBoothApplications(
    { fair_id: req.params.id, producer_id: producerId },
    { order: { created_at: "DESC" } },
  )
  res.json({ applications: await applicationViews(req.scope, rows) })
}

/** Applies for a booth at an open fair with the producer's own certified products. */
export async function POST(
  req: AuthenticatedMedusaRequest<ProducerApplyForBoothType>,
  res: MedusaResponse,
) {
  const producerId = await currentProducerId(req)
  const { result } = await applyForBoothWorkflow(req.scope).run({
    input: { ...req.validatedBody, fair_id: req.params.id, producer_id: producerId },
  })
  const [application] = await applicationViews(req.scope, [result])
  res.status(201).json({ application })
}
