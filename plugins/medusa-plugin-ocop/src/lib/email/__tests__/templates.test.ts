import { describe, expect, it } from "vitest"
import { EMAIL_TEMPLATES, EMAILS } from "../templates"

const urls = { storefrontUrl: "https://ocop.example.vn", backendUrl: "https://api.ocop.example.vn" }
const token = "A".repeat(42) + "_"
const invitation = (actor_type: string, more: Record<string, unknown> = {}) => ({
  actor_type,
  token,
  email: "hoa@example.vn",
  expires_at: "2026-03-08T01:00:00Z",
  ...more,
})
const render = (name: string, data: Record<string, unknown>, locale: "vi" | "en" = "vi") =>
  EMAIL_TEMPLATES[name](data, { locale, ...urls })

describe("the invitation email", () => {
  it("links staff to the claim page with the token, in Vietnamese by default", () => {
    const mail = render(EMAILS.invitation, invitation("staff"))
    expect(mail.subject).toContain("Lời mời nhận tài khoản nhân viên")
    expect(mail.text).toContain(`https://ocop.example.vn/staff/claim?token=${token}`)
    expect(mail.html).toContain(`href="https://ocop.example.vn/staff/claim?token=${token}"`)
    expect(mail.text).toContain("08:00") // expiry in Vietnam's time
  })

  it("links producers to the register page, under /en in English", () => {
    const mail = render(EMAILS.invitation, invitation("producer"), "en")
    expect(mail.subject).toMatch(/^Invitation: your OCOP producer/)
    expect(mail.text).toContain(`https://ocop.example.vn/en/producer/register?token=${token}`)
  })

  it("gives organisers the token and the API call, as they have no screens yet", () => {
    const mail = render(EMAILS.invitation, invitation("organizer"), "en")
    expect(mail.text).toContain("POST to https://api.ocop.example.vn/organizer/account/claim")
    expect(mail.text).toContain(`"token": "${token}"`)
    expect(mail.text).toContain(`"email": "hoa@example.vn"`)
  })

  it("escapes what people typed in the HTML body", () => {
    const mail = render(EMAILS.invitation, invitation("staff", { name: "<b>Hoa</b>" }))
    expect(mail.text).toContain("Xin chào <b>Hoa</b>,")
    expect(mail.html).toContain("Xin chào &lt;b&gt;Hoa&lt;/b&gt;,")
    expect(mail.html).not.toContain("<b>Hoa</b>")
  })
})

describe("the certificate expiry email", () => {
  it("names the certificate and its date, and links to the producer portal", () => {
    const data = { certificate_number: "OCOP-DL-2023-001", expires_at: "2026-04-01T00:00:00Z" }
    const vi = render(EMAILS.certificationExpiring, data)
    expect(vi.subject).toBe("Chứng nhận OCOP OCOP-DL-2023-001 sắp hết hạn")
    expect(vi.text).toContain("https://ocop.example.vn/producer")
    const en = render(EMAILS.certificationExpiring, data, "en")
    expect(en.text).toContain("https://ocop.example.vn/en/producer")
  })
})
