import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { unlinkFairPlaceWorkflow } from "../../../../../../../workflows/fairs"

/** Unlinks the place: no more stock comes from it (stock that came may still go back). */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await unlinkFairPlaceWorkflow(req.scope).run({
    input: { fair_id: req.params.id, place_id: req.params.place_id },
  })
  res.json({ id: req.params.place_id, object: "fair_place", deleted: true })
}
