import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { OCOP_MODULE } from "../../../modules/ocop/lib/constants"
import type OcopModuleService from "../../../modules/ocop/service"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  res.json({ organizer_user: await ocop.retrieveOrganizerUser(req.auth_context.actor_id) })
}
