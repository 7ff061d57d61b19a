import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { organizerActor, ownFair } from "../../../../../lib/organizer-context"
import { placeStock } from "../../../../../lib/place-stock"
import { OCOP_MODULE } from "../../../../../modules/ocop/lib/constants"
import type OcopModuleService from "../../../../../modules/ocop/service"
import { moveFairStockWorkflow } from "../../../../../workflows/fairs"
import type { OrganizerMoveStockType } from "../../../validators"

/** What the fair ground holds now. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const fair = await ownFair(req, req.params.id)
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const place = await ocop.retrievePlace(fair.place_id)
  res.json({ stock: await placeStock(req.scope, place) })
}

/**
 * Allocates stock to the fair from a place an officer linked to it (catalog products only), or
 * returns unsold stock after it ends to a place it came from; another place answers 404.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<OrganizerMoveStockType>,
  res: MedusaResponse,
) {
  const fair = await ownFair(req, req.params.id)
  const { result } = await moveFairStockWorkflow(req.scope).run({
    input: { ...req.validatedBody, fair_id: fair.id, actor: organizerActor(req) },
  })
  res.status(201).json({ transfer: result })
}
