import { describe, expect, it } from "vitest"
import { bankTransferQrImage } from "../../bank-transfer/vietqr"
import { EMAILS } from "../templates"
import { renderEmail } from "./render-email"

const env = {
  OCOP_VIETQR_BANK_BIN: "970436",
  OCOP_VIETQR_ACCOUNT_NUMBER: "0011004455667",
  OCOP_VIETQR_ACCOUNT_NAME: "HTX OCOP DAK LAK",
}
const order = (more: Record<string, unknown> = {}) => ({
  display_id: 1042,
  order_id: "order_01ABC",
  access_token: "t".repeat(43),
  placed_at: "2026-12-03T01:00:00Z",
  lines: [],
  item_total: 1420000,
  shipping_total: 30000,
  total: 1450000,
  payment_method: "bank_transfer",
  shipping: { kind: "delivery", method: "Giao hàng tiêu chuẩn", address: "Buôn Ma Thuột" },
  ...more,
})

describe("the order email of a bank transfer", () => {
  it("shows the VietQR picture inline and writes the account, the exact amount and the reference", async () => {
    const qr = (await bankTransferQrImage({ display_id: 1042, total: 1450000 }, env))!
    const { payload: _payload, ...details } = qr.details
    const data = order({ bank_transfer: { ...details, qr_cid: qr.cid } })
    const mail = renderEmail(EMAILS.orderPlaced, data)
    expect(mail.html).toContain(`<img src="cid:${qr.cid}"`)
    expect(mail.html).toContain('alt="Mã VietQR chuyển 1.450.000')
    expect(mail.text).toContain("Số tài khoản: 0011004455667")
    expect(mail.text).toContain("Chủ tài khoản: HTX OCOP DAK LAK")
    expect(mail.text).toMatch(/Số tiền: 1\.450\.000\s₫ · Nội dung: OCOP 1042/)
    expect(qr.attachment).toMatchObject({ id: qr.cid, disposition: "inline" })
  })

  it("without a configured account: the amount and reference, and the details will follow", () => {
    const mail = renderEmail(EMAILS.orderPlaced, order(), "en")
    expect(mail.text).toContain('transfer ₫1,450,000 with the reference "OCOP 1042"')
    expect(mail.text).toContain("We will call or email you the account details.")
    expect(mail.html).not.toContain("<img")
  })
})
