import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { staffAtPlace } from "../../../../../lib/staff-context"
import { stocktakeWorkflow } from "../../../../../workflows/stock"
import type { StaffStocktakeType } from "../../../validators"

export async function POST(
  req: AuthenticatedMedusaRequest<StaffStocktakeType>,
  res: MedusaResponse,
) {
  const { place, actor } = await staffAtPlace(req, req.params.place_id)
  const { result } = await stocktakeWorkflow(req.scope).run({
    input: { ...req.validatedBody, place_id: place.id, actor },
  })
  res.status(201).json({ movements: result })
}
