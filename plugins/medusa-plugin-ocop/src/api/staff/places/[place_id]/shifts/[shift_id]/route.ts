import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { counterShift } from "../helpers"
import { staffAtPlace } from "../../../../../../lib/staff-context"

/** One shift of this place with its summary (so far, while it is open). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { place } = await staffAtPlace(req, req.params.place_id)
  res.json({ shift: await counterShift(req.scope, place, req.params.shift_id) })
}
