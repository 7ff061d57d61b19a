import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setStaffPlacesWorkflow } from "../../../../../workflows/staff-users"
import type { AdminSetStaffPlacesType } from "../../validators"

/** Assign a staff member to other places (replaces the list). */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminSetStaffPlacesType>,
  res: MedusaResponse,
) {
  const { result } = await setStaffPlacesWorkflow(req.scope).run({
    input: { staff_user_id: req.params.id, place_ids: req.validatedBody.place_ids },
  })
  res.json({ place_ids: result })
}
