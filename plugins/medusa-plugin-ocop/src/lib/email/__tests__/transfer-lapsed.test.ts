import { describe, expect, it } from "vitest"
import { EMAILS } from "../templates"
import { renderEmail } from "./render-email"

const data = { display_id: 42, total: 190000, placed_at: "2026-12-01T03:00:00Z", days: 3 }

describe("the unpaid transfer email", () => {
  it("tells the shopper in Vietnamese which order was cancelled, for what amount, and why", () => {
    const mail = renderEmail(EMAILS.transferLapsed, data)
    expect(mail.subject).toBe("Đơn hàng #42 đã bị huỷ vì chưa nhận được chuyển khoản")
    expect(mail.text).toMatch(/190\.000\s₫/)
    expect(mail.text).toContain("Sau 3 ngày")
    expect(mail.text).toContain("10:00 ngày 01/12/2026")
    expect(mail.html).toContain('href="https://ocop.example.vn/products"')
  })

  it("in English under /en", () => {
    const mail = renderEmail(EMAILS.transferLapsed, data, "en")
    expect(mail.subject).toBe("Order #42 was cancelled: no bank transfer arrived")
    expect(mail.text).toContain("₫190,000")
    expect(mail.text).toContain("https://ocop.example.vn/en/products")
  })
})
