import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ORGANIZER_ACTOR } from "../../../../modules/ocop/lib/constants"
import { claimInvitationWorkflow } from "../../../../workflows/invitations"
import type { InvitationClaimType } from "../../../invitation-claim"

/** Claim the fair organiser's account an officer opened, with the token mailed to its email. */
export async function POST(req: MedusaRequest<InvitationClaimType>, res: MedusaResponse) {
  const { result } = await claimInvitationWorkflow(req.scope).run({
    input: { actor_type: ORGANIZER_ACTOR, ...req.validatedBody },
  })
  res.status(201).json({ organizer_user: result })
}
