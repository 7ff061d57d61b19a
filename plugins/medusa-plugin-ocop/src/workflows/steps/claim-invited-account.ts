import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE, type InvitedActor } from "../../modules/ocop/lib/constants"
import type OcopModuleService from "../../modules/ocop/service"
import {
  invitationRefused,
  retrieveInvitedAccount,
  updateInvitedAccount,
  type AccountChanges,
} from "./invited-accounts"

export type ClaimInvitedAccountInput = {
  actor_type: InvitedActor
  account_id: string
  /** What the person tells about themselves when claiming (producer users keep a phone). */
  profile?: { first_name?: string | null; last_name?: string | null; phone?: string | null }
}

/** The account becomes the person's: claimed, with the names they gave. Claimed once. */
export const claimInvitedAccountStep = createStep(
  "claim-ocop-invited-account",
  async ({ actor_type, account_id, profile }: ClaimInvitedAccountInput, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const before = await retrieveInvitedAccount(ocop, actor_type, account_id)
    if (before.claimed) throw invitationRefused("invitation_used")
    const changes: AccountChanges = { id: account_id, claimed: true }
    for (const key of ["first_name", "last_name", "phone"] as const) {
      const value = profile?.[key]
      if (value) changes[key] = value
    }
    const account = await updateInvitedAccount(ocop, actor_type, changes)
    const undo: AccountChanges = { id: account_id, claimed: false }
    for (const key of Object.keys(changes) as (keyof AccountChanges)[]) {
      if (key !== "id" && key !== "claimed") Object.assign(undo, { [key]: before[key] ?? null })
    }
    return new StepResponse(account, { actor_type, undo })
  },
  async (previous, { container }) => {
    if (!previous) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await updateInvitedAccount(ocop, previous.actor_type, previous.undo)
  },
)
