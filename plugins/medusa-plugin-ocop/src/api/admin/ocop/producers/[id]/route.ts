import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { OCOP_MODULE } from "../../../../../modules/ocop/lib/constants"
import type OcopModuleService from "../../../../../modules/ocop/service"
import { updateProducerWorkflow } from "../../../../../workflows/producers"
import type { AdminUpdateProducerType } from "../../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const producer = await ocop.retrieveProducer(req.params.id, { relations: ["listings"] })
  res.json({ producer })
}

export async function POST(
  req: AuthenticatedMedusaRequest<AdminUpdateProducerType>,
  res: MedusaResponse,
) {
  const { result } = await updateProducerWorkflow(req.scope).run({
    input: { ...req.validatedBody, id: req.params.id },
  })
  res.json({ producer: result })
}
