import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { sendEmail } from "../../lib/email/send"
import { EMAILS } from "../../lib/email/templates"
import { type Locale } from "@ocop/shared"
import { OCOP_MODULE, type InvitedActor } from "../../modules/ocop/lib/constants"
import { invitationExpiry, newInvitationToken } from "../../modules/ocop/lib/invitation-rules"
import type OcopModuleService from "../../modules/ocop/service"
import { deleteCreated } from "./created-rows"

export type IssueInvitationInput = {
  actor_type: InvitedActor
  account_id: string
  email: string
  locale?: Locale | null
  name?: string | null
}

/** What the officer learns of an invitation: never its token. */
export type IssuedInvitation = {
  id: string
  email: string
  expires_at: Date
  /** False when the email could not be sent: the failed notification is recorded, resend later. */
  delivered: boolean
}

/**
 * Sends the invitation through the Notification Module. A failure is logged and reported, not
 * thrown: the account stays open and the officer can resend. The token is then wiped from the
 * stored notification, so the database never holds it.
 */
function deliver(
  container: MedusaContainer,
  input: IssueInvitationInput & { invitation_id: string; expires_at: Date },
  token: string,
): Promise<boolean> {
  return sendEmail(
    container,
    {
      to: input.email,
      template: EMAILS.invitation,
      locale: input.locale ?? "vi",
      trigger_type: "ocop.invitation",
      resource_id: input.account_id,
      resource_type: `ocop_${input.actor_type}_user`,
      idempotency_key: `ocop-invitation-${input.invitation_id}`,
      data: {
        actor_type: input.actor_type,
        email: input.email,
        name: input.name ?? null,
        expires_at: input.expires_at.toISOString(),
        token,
      },
    },
    ["token"],
  )
}

/** A new one-time invitation for an account, mailed to its email. */
export const issueInvitationStep = createStep(
  "issue-ocop-invitation",
  async (input: IssueInvitationInput, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const { token, hash } = newInvitationToken()
    const invitation = await ocop.createInvitations({
      actor_type: input.actor_type,
      account_id: input.account_id,
      email: input.email,
      locale: input.locale ?? "vi",
      token_hash: hash,
      expires_at: invitationExpiry(),
    })
    const expires_at = new Date(invitation.expires_at)
    const delivered = await deliver(
      container,
      { ...input, invitation_id: invitation.id, expires_at },
      token,
    )
    const issued: IssuedInvitation = {
      id: invitation.id,
      email: input.email,
      expires_at,
      delivered,
    }
    return new StepResponse(issued, invitation.id)
  },
  deleteCreated((ocop, ids) => ocop.deleteInvitations(ids)),
)
