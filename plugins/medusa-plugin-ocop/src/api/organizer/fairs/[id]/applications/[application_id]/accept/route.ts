import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ownFairApplication } from "../../../../../../../lib/organizer-applications"
import { acceptBoothApplicationWorkflow } from "../../../../../../../workflows/booth-applications"
import type { OrganizerAcceptApplicationType } from "../../../../../../booth-application-validators"

/** Accepts an application to the organiser's fair: a booth for the producer, products entered. */
export async function POST(
  req: AuthenticatedMedusaRequest<OrganizerAcceptApplicationType>,
  res: MedusaResponse,
) {
  const application = await ownFairApplication(req)
  const { result } = await acceptBoothApplicationWorkflow(req.scope).run({
    input: {
      id: application.id,
      booth_number: req.validatedBody.booth_number,
      organizer_id: req.auth_context.actor_id,
    },
  })
  res.json({ application: { id: result.id, status: result.status, booth_id: result.booth_id } })
}
