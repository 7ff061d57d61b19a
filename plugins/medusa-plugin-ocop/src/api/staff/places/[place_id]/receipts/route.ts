import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { staffAtPlace } from "../../../../../lib/staff-context"
import { receiveStockWorkflow } from "../../../../../workflows/stock"
import type { StaffReceiptType } from "../../../validators"

/** Goods delivered by a producer on consignment. */
export async function POST(req: AuthenticatedMedusaRequest<StaffReceiptType>, res: MedusaResponse) {
  const { place, actor } = await staffAtPlace(req, req.params.place_id)
  const { result } = await receiveStockWorkflow(req.scope).run({
    input: { ...req.validatedBody, place_id: place.id, actor },
  })
  res.status(201).json({ movements: result })
}
