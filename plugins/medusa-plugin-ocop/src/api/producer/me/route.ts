import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { OCOP_MODULE } from "../../../modules/ocop/lib/constants"
import type OcopModuleService from "../../../modules/ocop/service"

/** Who is signed in, their status, and the producer they manage once approved. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const user = await ocop.retrieveProducerUser(req.auth_context.actor_id, {
    relations: ["producer"],
  })
  res.json({ producer_user: user })
}
