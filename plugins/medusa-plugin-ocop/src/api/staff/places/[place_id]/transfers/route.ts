import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { staffAtPlace } from "../../../../../lib/staff-context"
import { OCOP_MODULE } from "../../../../../modules/ocop/lib/constants"
import type OcopModuleService from "../../../../../modules/ocop/service"
import { sendStockTransferWorkflow } from "../../../../../workflows/transfers"
import type { StaffTransferType } from "../../../validators"

/** Transfers leaving or arriving at this place, newest first; in-transit ones included. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { place } = await staffAtPlace(req, req.params.place_id)
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const transfers = await ocop.listStockTransfers(
    { $or: [{ from_place_id: place.id }, { to_place_id: place.id }] },
    { order: { created_at: "DESC" }, take: 100 },
  )
  res.json({ transfers })
}

export async function POST(
  req: AuthenticatedMedusaRequest<StaffTransferType>,
  res: MedusaResponse,
) {
  const { place, staffUserId } = await staffAtPlace(req, req.params.place_id)
  const { to_place_id, note, items } = req.validatedBody
  const { result } = await sendStockTransferWorkflow(req.scope).run({
    input: { from_place_id: place.id, to_place_id, note, items, staff_user_id: staffUserId },
  })
  res.status(201).json({ transfer: result })
}
