import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE, type InvitedActor } from "../../modules/ocop/lib/constants"
import type OcopModuleService from "../../modules/ocop/service"
import { retrieveInvitedAccount } from "./invited-accounts"

/** The account to invite again: it must exist (404) and still wait for its person (400). */
export const findUnclaimedAccountStep = createStep(
  "find-unclaimed-ocop-account",
  async (input: { actor_type: InvitedActor; account_id: string }, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const account = await retrieveInvitedAccount(ocop, input.actor_type, input.account_id)
    if (account.claimed) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `${account.email} has already claimed this account; there is nothing to resend.`,
        "account_claimed",
      )
    }
    return new StepResponse(account)
  },
)
