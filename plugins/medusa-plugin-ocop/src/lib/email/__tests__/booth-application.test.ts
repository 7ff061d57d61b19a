import { describe, expect, it } from "vitest"
import { EMAILS } from "../templates"
import { renderEmail } from "./render-email"

const fair = {
  fair_id: "ocfr_1",
  fair_name: "Hội chợ OCOP Tây Nguyên",
  starts_at: "2026-12-05T01:00:00Z",
}

describe("the booth application emails", () => {
  it("tell the organiser who applied, with how many products and their note, linking the fair", () => {
    const mail = renderEmail(EMAILS.boothApplicationReceived, {
      ...fair,
      producer_name: "HTX Cà phê Ea Tu",
      product_count: 2,
      note: "Cần <ổ điện>",
    })
    expect(mail.subject).toBe("Đơn đăng ký gian hàng mới — Hội chợ OCOP Tây Nguyên")
    expect(mail.text).toContain("HTX Cà phê Ea Tu đăng ký một gian hàng")
    expect(mail.text).toContain("Lời nhắn: Cần <ổ điện>")
    expect(mail.html).toContain("Cần &lt;ổ điện&gt;")
    expect(mail.html).toContain('href="https://ocop.example.vn/organizer/fairs/ocfr_1"')
  })

  it("tell the producer their booth, or the reason they were declined, in their language", () => {
    const accepted = renderEmail(EMAILS.boothApplicationDecided, {
      ...fair,
      status: "accepted",
      booth_number: "B07",
    })
    expect(accepted.subject).toBe(
      "Đơn đăng ký gian hàng đã được chấp nhận — Hội chợ OCOP Tây Nguyên",
    )
    expect(accepted.text).toContain("gian hàng số B07")
    const declined = renderEmail(
      EMAILS.boothApplicationDecided,
      { ...fair, status: "declined", reason: "Hết chỗ" },
      "en",
    )
    expect(declined.subject).toBe("Your booth application was declined — Hội chợ OCOP Tây Nguyên")
    expect(declined.text).toContain("Reason: Hết chỗ")
    expect(declined.text).toContain("https://ocop.example.vn/en/producer/fairs")
  })
})
