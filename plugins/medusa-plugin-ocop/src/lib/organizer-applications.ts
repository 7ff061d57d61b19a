import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../modules/ocop/lib/constants"
import type OcopModuleService from "../modules/ocop/service"
import { ownFair } from "./organizer-context"

/**
 * An application to the signed-in organiser's own fair; another organiser's fair, or an
 * application to another fair, answers 404.
 */
export async function ownFairApplication(req: AuthenticatedMedusaRequest) {
  const fair = await ownFair(req, req.params.id)
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const [application] = await ocop.listBoothApplications({
    id: req.params.application_id,
    fair_id: fair.id,
  })
  if (!application) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Application ${req.params.application_id} was not found.`,
    )
  }
  return application
}
