import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { counterSale } from "../helpers"
import { staffAtPlace } from "../../../../../../lib/staff-context"

/** The receipt of one counter sale of this place. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { place } = await staffAtPlace(req, req.params.place_id)
  res.json({ counter_sale: await counterSale(req.scope, place, req.params.id) })
}
