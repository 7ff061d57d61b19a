import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { currentProducerId } from "../../../../../lib/producer-context"
import { OCOP_MODULE } from "../../../../../modules/ocop/lib/constants"
import type OcopModuleService from "../../../../../modules/ocop/service"
import { withdrawBoothApplicationWorkflow } from "../../../../../workflows/booth-applications"

/** The producer takes back their own pending application; another producer's answers 404. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const producerId = await currentProducerId(req)
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const [own] = await ocop.listBoothApplications({ id: req.params.id, producer_id: producerId })
  if (!own) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Application ${req.params.id} was not found.`,
    )
  }
  const { result } = await withdrawBoothApplicationWorkflow(req.scope).run({
    input: { id: own.id },
  })
  res.json({ application: { id: result.id, status: result.status } })
}
