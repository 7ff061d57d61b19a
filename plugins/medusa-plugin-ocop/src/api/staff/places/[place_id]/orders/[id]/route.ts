import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { placeOrder } from "../helpers"
import { staffAtPlace } from "../../../../../../lib/staff-context"

/** One order of the place's queue; another place's answers 404. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { place } = await staffAtPlace(req, req.params.place_id)
  res.json({ order: await placeOrder(req.scope, place.id, req.params.id) })
}
