import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE, type InvitedActor } from "../../modules/ocop/lib/constants"
import { hashInvitationToken, invitationRefusal } from "../../modules/ocop/lib/invitation-rules"
import type OcopModuleService from "../../modules/ocop/service"
import { invitationRefused } from "./invited-accounts"

export type UseInvitationInput = { actor_type: InvitedActor; email: string; token?: string | null }

/**
 * The claim's token must be an open invitation of this actor type for this email: it is then
 * used up, atomically. Anything else is a 403 with its reason, before anything is written.
 */
export const useInvitationStep = createStep(
  "use-ocop-invitation",
  async (input: UseInvitationInput, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const find = async () =>
      input.token
        ? (await ocop.listInvitations({ token_hash: hashInvitationToken(input.token) }))[0]
        : undefined
    const invitation = await find()
    const refusal = invitationRefusal(invitation, input)
    if (refusal || !invitation) throw invitationRefused(refusal ?? "invitation_invalid")
    if (!(await ocop.useOpenInvitation(invitation.id))) {
      // Another claim used it (or it lapsed) between the read and the update.
      throw invitationRefused(invitationRefusal(await find(), input) ?? "invitation_used")
    }
    const used = { id: invitation.id, account_id: invitation.account_id, email: invitation.email }
    return new StepResponse(used, invitation.id)
  },
  async (id, { container }) => {
    if (!id) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.updateInvitations({ id, used_at: null })
  },
)
