import { transform, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import type { Locale } from "@ocop/shared"
import type { InvitedActor } from "../modules/ocop/lib/constants"
import { issueInvitationStep } from "./steps/issue-invitation"

type Account = { id: string; email: string; first_name?: string | null }

/**
 * Within a workflow that opened an account for someone: the invitation that lets them claim
 * it, mailed in the officer's chosen language.
 */
export function inviteAccount(
  actorType: InvitedActor,
  account: WorkflowData<Account>,
  input: { locale?: Locale | null },
) {
  return issueInvitationStep(
    transform({ input, account }, ({ input, account }) => ({
      actor_type: actorType,
      account_id: account.id,
      email: account.email,
      locale: input.locale,
      name: account.first_name,
    })),
  )
}

/**
 * Within a workflow where an officer opens an account: the account, made by `createAccount`
 * from everything the officer gave but the invitation's language, and its invitation.
 */
export function openInvitedAccount<I extends { locale?: Locale | null }, A extends Account>(
  actorType: InvitedActor,
  input: I,
  createAccount: (fields: WorkflowData<Omit<I, "locale">>) => WorkflowData<A>,
) {
  const account = createAccount(
    transform({ input }, (data) => {
      // transform cannot see through a generic input: it is the input given
      const { locale: _locale, ...fields } = data.input as I
      return fields
    }),
  )
  return { account, invitation: inviteAccount(actorType, account, input) }
}
