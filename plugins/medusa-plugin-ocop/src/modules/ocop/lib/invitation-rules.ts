import { createHash, randomBytes } from "node:crypto"
import { INVITATION_VALIDITY_DAYS, type InvitedActor } from "./constants"

/**
 * Invitations prove a person owns the email an officer opened an account for: a random token,
 * mailed once to that address and kept only as its SHA-256, claims the account once, for
 * `INVITATION_VALIDITY_DAYS`. No I/O here beyond the random bytes.
 */

/** Why a claim is refused (403): the code the storefront translates, and the message. */
export const INVITATION_REFUSALS = {
  invitation_required:
    "Claiming this account needs the invitation sent to its email: open the link in that email.",
  invitation_invalid: "This invitation is not valid: check the link in the invitation email.",
  invitation_email_mismatch: "This invitation was sent to another email address.",
  invitation_used: "This invitation was already used: sign in instead.",
  invitation_voided: "A newer invitation replaced this one: open the link in the latest email.",
  invitation_expired: "This invitation has expired: ask a programme officer to send a new one.",
} as const
export type InvitationRefusal = keyof typeof INVITATION_REFUSALS

/** The fields of an invitation the rules look at. */
export type InvitationFacts = {
  actor_type: string
  email: string
  expires_at: Date | string
  used_at?: Date | string | null
  voided_at?: Date | string | null
}

/** 32 random bytes, base64url (43 characters), and the hash that is stored. */
export function newInvitationToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url")
  return { token, hash: hashInvitationToken(token) }
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex")
}

export function invitationExpiry(now: Date = new Date()): Date {
  return new Date(now.getTime() + INVITATION_VALIDITY_DAYS * 24 * 3600 * 1000)
}

/** Emails compare without case or surrounding spaces, as people type them. */
export const sameEmail = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase()

/**
 * Whether `invitation` (found by the claim's token, if any) lets this claim through: null when
 * it does, else why not. A token of another actor type is as good as none.
 */
export function invitationRefusal(
  invitation: InvitationFacts | undefined,
  claim: { actor_type: InvitedActor; email: string; token?: string | null },
  now: Date = new Date(),
): InvitationRefusal | null {
  if (!claim.token) return "invitation_required"
  if (!invitation || invitation.actor_type !== claim.actor_type) return "invitation_invalid"
  if (!sameEmail(invitation.email, claim.email)) return "invitation_email_mismatch"
  if (invitation.used_at) return "invitation_used"
  if (invitation.voided_at) return "invitation_voided"
  if (new Date(invitation.expires_at).getTime() <= now.getTime()) return "invitation_expired"
  return null
}
