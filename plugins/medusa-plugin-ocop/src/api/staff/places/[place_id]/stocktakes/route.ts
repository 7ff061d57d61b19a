import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { runAtPlace } from "../../../run-at-place"
import { stocktakeWorkflow } from "../../../../../workflows/stock"
import type { StaffStocktakeType } from "../../../validators"

export async function POST(
  req: AuthenticatedMedusaRequest<StaffStocktakeType>,
  res: MedusaResponse,
) {
  const { result } = await runAtPlace(req, stocktakeWorkflow)
  res.status(201).json({ movements: result })
}
