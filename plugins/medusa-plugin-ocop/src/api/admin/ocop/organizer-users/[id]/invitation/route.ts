import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ORGANIZER_ACTOR } from "../../../../../../modules/ocop/lib/constants"
import { resendInvitationWorkflow } from "../../../../../../workflows/invitations"
import type { AdminResendInvitationType } from "../../../validators"

/** Resend the invitation to an account not claimed yet: a new token; the old ones stop working. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminResendInvitationType>,
  res: MedusaResponse,
) {
  const { result } = await resendInvitationWorkflow(req.scope).run({
    input: { actor_type: ORGANIZER_ACTOR, account_id: req.params.id, ...req.validatedBody },
  })
  res.status(201).json({ invitation: result })
}
