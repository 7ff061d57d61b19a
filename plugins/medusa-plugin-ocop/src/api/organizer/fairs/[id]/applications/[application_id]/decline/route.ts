import { decisionRoute } from "../../../../../../../lib/organizer-applications"
import { declineBoothApplicationWorkflow } from "../../../../../../../workflows/booth-applications"
import type { OrganizerDeclineApplicationType } from "../../../../../../booth-application-validators"

/** Declines an application to the organiser's fair, with the reason the producer reads. */
export const POST = decisionRoute<OrganizerDeclineApplicationType>((req, decision) =>
  declineBoothApplicationWorkflow(req.scope).run({
    input: { ...decision, reason: req.validatedBody.reason },
  }),
)
