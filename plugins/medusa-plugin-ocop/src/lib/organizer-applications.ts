import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../modules/ocop/lib/constants"
import type OcopModuleService from "../modules/ocop/service"
import { ownFair } from "./organizer-context"

type Decided = { id: string; status: string; booth_id: string | null }

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

/**
 * A decision route (accept, decline): the application must be to the organiser's own fair;
 * `decide` runs the decision in the organiser's name and answers the application's new status.
 */
export function decisionRoute<Body>(
  decide: (
    req: AuthenticatedMedusaRequest<Body>,
    decision: { id: string; organizer_id: string },
  ) => Promise<{ result: Decided }>,
) {
  return async (req: AuthenticatedMedusaRequest<Body>, res: MedusaResponse) => {
    const application = await ownFairApplication(req)
    const { result } = await decide(req, {
      id: application.id,
      organizer_id: req.auth_context.actor_id,
    })
    res.json({ application: { id: result.id, status: result.status, booth_id: result.booth_id } })
  }
}
