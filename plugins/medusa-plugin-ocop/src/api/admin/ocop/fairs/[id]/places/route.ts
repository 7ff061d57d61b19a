import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { linkedPlaces } from "../../../../../../lib/fair-view"
import { placeView } from "../../../../../../lib/place-view"
import { OCOP_MODULE } from "../../../../../../modules/ocop/lib/constants"
import type OcopModuleService from "../../../../../../modules/ocop/service"
import { linkFairPlaceWorkflow } from "../../../../../../workflows/fairs"
import type { AdminLinkFairPlaceType } from "../../../validators"

/** The places linked to the fair: its stock may come from them and go back to them. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const fair = await ocop.retrieveFair(req.params.id)
  res.json({ places: (await linkedPlaces(req.scope, [fair.id])).get(fair.id) ?? [] })
}

/** Links a centre, sales point or showroom to the fair. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminLinkFairPlaceType>,
  res: MedusaResponse,
) {
  const { result } = await linkFairPlaceWorkflow(req.scope).run({
    input: { fair_id: req.params.id, place_id: req.validatedBody.place_id },
  })
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const [place] = await placeView(req.scope, await ocop.listPlaces({ id: result.place_id }))
  res.status(201).json({ place })
}
