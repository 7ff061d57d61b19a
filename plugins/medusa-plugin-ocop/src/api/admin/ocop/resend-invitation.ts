import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { InvitedActor } from "../../../modules/ocop/lib/constants"
import { resendInvitationWorkflow } from "../../../workflows/invitations"
import type { AdminResendInvitationType } from "./validators"

/**
 * The `POST …/<account>/invitation` route of one kind of invited account: resends the
 * invitation to an account not claimed yet; a new token, the old ones stop working.
 */
export const resendInvitationRoute =
  (actorType: InvitedActor) =>
  async (req: AuthenticatedMedusaRequest<AdminResendInvitationType>, res: MedusaResponse) => {
    const { result } = await resendInvitationWorkflow(req.scope).run({
      input: { actor_type: actorType, account_id: req.params.id, ...req.validatedBody },
    })
    res.status(201).json({ invitation: result })
  }
