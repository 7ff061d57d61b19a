import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { staffAtPlace } from "../../../../../lib/staff-context"
import { counterSaleWorkflow } from "../../../../../workflows/counter-sale"
import type { StaffCounterSaleType } from "../../../validators"

/** A sale at the counter; the order is the printable receipt. */
export async function POST(
  req: AuthenticatedMedusaRequest<StaffCounterSaleType>,
  res: MedusaResponse,
) {
  const { place, staffUserId } = await staffAtPlace(req, req.params.place_id)
  const { result } = await counterSaleWorkflow(req.scope).run({
    input: { ...req.validatedBody, place_id: place.id, staff_user_id: staffUserId },
  })
  res.status(201).json({ order: result.order, movements: result.movements })
}
