import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRODUCER_ACTOR } from "../../../../modules/ocop/lib/constants"
import { claimInvitationWorkflow } from "../../../../workflows/invitations"
import type { ProducerInvitationClaimType } from "../../../invitation-claim"

/** Claim the producer account an officer invited this email to, with the mailed token. */
export async function POST(req: MedusaRequest<ProducerInvitationClaimType>, res: MedusaResponse) {
  const { first_name, last_name, phone, ...claim } = req.validatedBody
  const { result } = await claimInvitationWorkflow(req.scope).run({
    input: { actor_type: PRODUCER_ACTOR, ...claim, profile: { first_name, last_name, phone } },
  })
  res.status(201).json({ producer_user: result })
}
