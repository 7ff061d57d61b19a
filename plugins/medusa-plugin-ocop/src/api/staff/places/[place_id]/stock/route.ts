import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { placeStock } from "../../../../../lib/place-stock"
import { staffAtPlace } from "../../../../../lib/staff-context"
import type { StaffStockQueryType } from "../../../validators"

export async function GET(
  req: AuthenticatedMedusaRequest<unknown, StaffStockQueryType>,
  res: MedusaResponse,
) {
  const { place } = await staffAtPlace(req, req.params.place_id)
  res.json({ stock: await placeStock(req.scope, place, req.validatedQuery.q) })
}
