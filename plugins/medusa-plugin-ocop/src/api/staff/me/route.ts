import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { placeView } from "../../../lib/place-view"
import { OCOP_MODULE } from "../../../modules/ocop/lib/constants"
import type OcopModuleService from "../../../modules/ocop/service"

/** The signed-in staff member and the places whose shelves they manage. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const user = await ocop.retrieveStaffUser(req.auth_context.actor_id, {
    relations: ["assignments.place"],
  })
  const places = await placeView(
    req.scope,
    (user.assignments ?? []).map((assignment) => assignment.place),
  )
  res.json({
    staff_user: {
      id: user.id,
      email: user.email,
      first_name: user.first_name,
      last_name: user.last_name,
      status: user.status,
    },
    places,
  })
}
