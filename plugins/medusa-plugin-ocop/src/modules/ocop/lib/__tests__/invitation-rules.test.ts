import { describe, expect, it } from "vitest"
import {
  hashInvitationToken,
  invitationExpiry,
  invitationRefusal,
  newInvitationToken,
} from "../invitation-rules"

const now = new Date("2026-03-01T08:00:00Z")
const invitation = {
  actor_type: "staff",
  email: "Hoa.Tran@example.vn",
  expires_at: new Date("2026-03-08T08:00:00Z"),
  used_at: null,
  voided_at: null,
}
const claim = { actor_type: "staff" as const, email: "hoa.tran@example.vn ", token: "t" }

describe("invitation rules", () => {
  it("makes 32-byte base64url tokens, stored only as their SHA-256", () => {
    const { token, hash } = newInvitationToken()
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(hash).toBe(hashInvitationToken(token))
    expect(hash).toMatch(/^[0-9a-f]{64}$/)
    expect(hash).not.toContain(token)
    expect(newInvitationToken().token).not.toBe(token)
  })

  it("lasts seven days", () => {
    expect(invitationExpiry(now).toISOString()).toBe("2026-03-08T08:00:00.000Z")
  })

  it("lets a fresh invitation for this email and actor through, whatever the case of the email", () => {
    expect(invitationRefusal(invitation, claim, now)).toBeNull()
  })

  it("refuses a claim without a token, or with an unknown one or one of another actor", () => {
    expect(invitationRefusal(invitation, { ...claim, token: "" }, now)).toBe("invitation_required")
    expect(invitationRefusal(undefined, claim, now)).toBe("invitation_invalid")
    expect(invitationRefusal(invitation, { ...claim, actor_type: "organizer" }, now)).toBe(
      "invitation_invalid",
    )
  })

  it("refuses another email's invitation, a used, a replaced and an expired one", () => {
    expect(invitationRefusal(invitation, { ...claim, email: "other@example.vn" }, now)).toBe(
      "invitation_email_mismatch",
    )
    expect(invitationRefusal({ ...invitation, used_at: now }, claim, now)).toBe("invitation_used")
    expect(invitationRefusal({ ...invitation, voided_at: now }, claim, now)).toBe(
      "invitation_voided",
    )
    expect(invitationRefusal(invitation, claim, invitation.expires_at)).toBe("invitation_expired")
  })
})
