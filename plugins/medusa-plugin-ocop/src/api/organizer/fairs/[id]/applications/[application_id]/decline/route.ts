import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ownFairApplication } from "../../../../../../../lib/organizer-applications"
import { declineBoothApplicationWorkflow } from "../../../../../../../workflows/booth-applications"
import type { OrganizerDeclineApplicationType } from "../../../../../../booth-application-validators"

/** Declines an application to the organiser's fair, with the reason the producer reads. */
export async function POST(
  req: AuthenticatedMedusaRequest<OrganizerDeclineApplicationType>,
  res: MedusaResponse,
) {
  const application = await ownFairApplication(req)
  const { result } = await declineBoothApplicationWorkflow(req.scope).run({
    input: {
      id: application.id,
      reason: req.validatedBody.reason,
      organizer_id: req.auth_context.actor_id,
    },
  })
  res.json({ application: { id: result.id, status: result.status } })
}
