import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { Locale } from "@ocop/shared"
import type { InvitedActor } from "../modules/ocop/lib/constants"
import {
  claimInvitedAccountStep,
  type ClaimInvitedAccountInput,
} from "./steps/claim-invited-account"
import { findUnclaimedAccountStep } from "./steps/find-unclaimed-account"
import { issueInvitationStep } from "./steps/issue-invitation"
import { replaceLoginStep } from "./steps/replace-login"
import { useInvitationStep } from "./steps/use-invitation"
import { voidInvitationsStep } from "./steps/void-invitations"

export type ClaimInvitationInput = {
  actor_type: InvitedActor
  token?: string | null
  email: string
  password: string
  profile?: ClaimInvitedAccountInput["profile"]
}

/**
 * A person claims the account an officer opened for their email, with the token mailed there:
 * the invitation is used up, the account claimed, and their login (with the password they
 * chose) carries it. They then sign in as usual.
 */
export const claimInvitationWorkflow = createWorkflow(
  "claim-ocop-invitation",
  (input: ClaimInvitationInput) => {
    const invitation = useInvitationStep(input)
    const account = claimInvitedAccountStep(
      transform({ input, invitation }, ({ input, invitation }) => ({
        actor_type: input.actor_type,
        account_id: invitation.account_id,
        profile: input.profile,
      })),
    )
    replaceLoginStep(
      transform({ input, invitation }, ({ input, invitation }) => ({
        actor_type: input.actor_type,
        account_id: invitation.account_id,
        email: invitation.email,
        password: input.password,
      })),
    )
    return new WorkflowResponse(account)
  },
)

/** The officer sends a new invitation; the previous ones stop working. */
export const resendInvitationWorkflow = createWorkflow(
  "resend-ocop-invitation",
  (input: { actor_type: InvitedActor; account_id: string; locale?: Locale | null }) => {
    const account = findUnclaimedAccountStep(input)
    voidInvitationsStep(input)
    const invitation = issueInvitationStep(
      transform({ input, account }, ({ input, account }) => ({
        actor_type: input.actor_type,
        account_id: account.id,
        email: account.email,
        locale: input.locale,
        name: account.first_name ?? null,
      })),
    )
    return new WorkflowResponse(invitation)
  },
)

/**
 * For code that already holds the person's login (the seed's demo accounts): the account is
 * claimed by that login directly and its invitations closed. No route leads here.
 */
export const attachLoginWorkflow = createWorkflow(
  "attach-ocop-login",
  (input: { actor_type: InvitedActor; account_id: string; auth_identity_id: string }) => {
    voidInvitationsStep(input)
    const account = claimInvitedAccountStep(input)
    setAuthAppMetadataStep(
      transform({ input }, ({ input }) => ({
        authIdentityId: input.auth_identity_id,
        actorType: input.actor_type,
        value: input.account_id,
      })),
    )
    return new WorkflowResponse(account)
  },
)
