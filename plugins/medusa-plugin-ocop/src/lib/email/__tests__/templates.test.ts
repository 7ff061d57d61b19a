import { describe, expect, it } from "vitest"
import { EMAILS } from "../templates"
import { expectMail, renderEmail as render } from "./render-email"

const token = "A".repeat(42) + "_"
const invitation = (actor_type: string, more: Record<string, unknown> = {}) => ({
  actor_type,
  token,
  email: "hoa@example.vn",
  expires_at: "2026-03-08T01:00:00Z",
  ...more,
})

describe("the invitation email", () => {
  it.each([
    {
      actor: "staff",
      locale: "vi",
      subject: /^Lời mời nhận tài khoản nhân viên/,
      page: "staff/claim",
    },
    {
      actor: "producer",
      locale: "en",
      subject: /^Invitation: your OCOP producer/,
      page: "en/producer/register",
    },
    {
      actor: "organizer",
      locale: "en",
      subject: /^Invitation: your OCOP fair organiser/,
      page: "en/organizer/claim",
    },
  ] as const)("links $actor accounts to their portal's $page page with the token", (row) => {
    const mail = render(EMAILS.invitation, invitation(row.actor), row.locale)
    const link = `https://ocop.example.vn/${row.page}?token=${token}`
    expect(mail.subject).toMatch(row.subject)
    expect(mail.text).toContain(link)
    expect(mail.html).toContain(`href="${link}"`)
  })

  it("writes the expiry in Vietnam's time, in Vietnamese by default", () => {
    const mail = render(EMAILS.invitation, invitation("staff"))
    expect(mail.text).toContain("08:00")
  })

  it("never links organisers to the claim API", () => {
    const mail = render(EMAILS.invitation, invitation("organizer"), "en")
    expect(mail.text).not.toContain("/organizer/account/claim")
  })

  it("escapes what people typed in the HTML body", () => {
    expectMail(render(EMAILS.invitation, invitation("staff", { name: "<b>Hoa</b>" })), {
      text: ["Xin chào <b>Hoa</b>,"],
      html: ["Xin chào &lt;b&gt;Hoa&lt;/b&gt;,"],
      notInHtml: ["<b>Hoa</b>"],
    })
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

describe("the order emails", () => {
  it("give the shopper the pickup code, the centre's address and hours, in their language", () => {
    const data = {
      display_id: 42,
      pickup_code: "ABCD2345",
      place_name: "Trung tâm OCOP tỉnh Đắk Lắk",
      address: "Số 10 Lê Duẩn, Tân Lập, Đắk Lắk",
      opening_hours: "07:30–17:00",
    }
    expectMail(render(EMAILS.orderReadyForPickup, data), {
      subject: "Đơn hàng #42 đã sẵn sàng để nhận",
      text: ["\nABCD2345\n", "Giờ mở cửa: 07:30–17:00"],
    })
    expectMail(render(EMAILS.orderReadyForPickup, data, "en"), {
      subject: "Order #42 is ready for pickup",
      html: ["<pre>ABCD2345</pre>"],
    })
  })

  it("tell the shopper the carrier and tracking number, or why the order was cancelled", () => {
    const shipped = { display_id: 7, carrier: "Viettel Post", tracking_number: "VTP-1234" }
    expectMail(render(EMAILS.orderShipped, shipped), { text: ["Viettel Post", "VTP-1234"] })
    const cancelled = { display_id: 7, reason: "<hết hàng>" }
    expectMail(render(EMAILS.orderCancelled, cancelled, "en"), {
      text: ["Reason: <hết hàng>"],
      html: ["Reason: &lt;hết hàng&gt;"],
    })
  })

  it("send the place's staff to their order queue", () => {
    const order = {
      display_id: 9,
      kind: "pickup",
      place_id: "ocpl_1",
      place_name: "Trung tâm A",
      items: [{ title: "Cà phê — 500 g", quantity: 2 }],
    }
    expectMail(render(EMAILS.orderNewAtPlace, order), {
      subject: "Đơn hàng mới #9 tại Trung tâm A",
      text: ["2 × Cà phê — 500 g", "https://ocop.example.vn/staff/places/ocpl_1/orders"],
    })
  })
})
