import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE, type InvitedActor } from "../../modules/ocop/lib/constants"
import type OcopModuleService from "../../modules/ocop/service"

/** Closes an account's open invitations (a newer one replaces them, or the account is claimed). */
export const voidInvitationsStep = createStep(
  "void-ocop-invitations",
  async (input: { actor_type: InvitedActor; account_id: string }, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const open = await ocop.listInvitations({
      actor_type: input.actor_type,
      account_id: input.account_id,
      used_at: null,
      voided_at: null,
    })
    const ids = open.map((invitation) => invitation.id)
    if (ids.length) {
      await ocop.updateInvitations({ selector: { id: ids }, data: { voided_at: new Date() } })
    }
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.updateInvitations({ selector: { id: ids }, data: { voided_at: null } })
  },
)
