import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { OCOP_MODULE } from "../../../../../modules/ocop/lib/constants"
import { isListedNow } from "../../../../../modules/ocop/lib/listed-now"
import type OcopModuleService from "../../../../../modules/ocop/service"
import { updateProducerWorkflow } from "../../../../../workflows/producers"
import type { AdminUpdateProducerType } from "../../validators"

/** A producer with its listings, each with the gate's verdict (`listed_now`). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const producer = await ocop.retrieveProducer(req.params.id, { relations: ["listings"] })
  const listings = producer.listings.map((listing) => ({
    ...listing,
    listed_now: isListedNow(listing),
  }))
  res.json({ producer: { ...producer, listings } })
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
