/**
 * Invitations to claim a portal account: the token comes in the link of the invitation email
 * (`?token=`) and is carried through the claim form in a hidden field. The backend refuses a
 * claim with one of these codes (403); the page shows the matching text
 * (`invitation.<code>` in the common namespace).
 */
export const invitationRefusals = [
  "invitation_required",
  "invitation_invalid",
  "invitation_email_mismatch",
  "invitation_used",
  "invitation_voided",
  "invitation_expired",
] as const
export type InvitationRefusal = (typeof invitationRefusals)[number]

export function isInvitationRefusal(code: unknown): code is InvitationRefusal {
  return invitationRefusals.some((refusal) => refusal === code)
}

/** The token of the invitation link, if the page was opened from one. */
export function invitationTokenOf(url: URL | string): string {
  return (new URL(url).searchParams.get("token") ?? "").trim().slice(0, 200)
}
