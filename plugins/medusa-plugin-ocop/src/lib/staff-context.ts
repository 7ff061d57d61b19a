import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { OCOP_MODULE, type StockActor } from "../modules/ocop/lib/constants"
import type OcopModuleService from "../modules/ocop/service"

/**
 * The signed-in staff member, if they work at this place; another place's id answers 404
 * as if it did not exist. `actor` is the name stock changes are made in.
 */
export async function staffAtPlace(req: AuthenticatedMedusaRequest, placeId: string) {
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const staffUserId = req.auth_context.actor_id
  const [user] = await ocop.listStaffUsers({ id: staffUserId })
  if (!user || user.status !== "active") {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "This staff account is disabled.")
  }
  const [assignment] = await ocop.listStaffAssignments(
    { staff_user_id: staffUserId, place_id: placeId },
    { relations: ["place"] },
  )
  if (!assignment) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Place ${placeId} was not found.`)
  }
  const actor: StockActor = { type: "staff", id: staffUserId }
  return { actor, place: assignment.place }
}
