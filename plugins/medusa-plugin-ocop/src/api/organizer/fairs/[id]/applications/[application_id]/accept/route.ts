import { decisionRoute } from "../../../../../../../lib/organizer-applications"
import { acceptBoothApplicationWorkflow } from "../../../../../../../workflows/booth-applications"
import type { OrganizerAcceptApplicationType } from "../../../../../../booth-application-validators"

/** Accepts an application to the organiser's fair: a booth for the producer, products entered. */
export const POST = decisionRoute<OrganizerAcceptApplicationType>((req, decision) =>
  acceptBoothApplicationWorkflow(req.scope).run({
    input: { ...decision, booth_number: req.validatedBody.booth_number },
  }),
)
