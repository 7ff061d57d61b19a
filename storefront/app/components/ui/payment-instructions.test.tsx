// @vitest-environment jsdom
import { screen } from "@testing-library/react"
import { describe, expect, test } from "vitest"
import { renderInLocale } from "#tests/render.tsx"
import { PaymentInstructions, type TransferPayment } from "./payment-instructions.tsx"

const transfer: TransferPayment = {
  paid: false,
  due_by: "2026-12-06T03:00:00Z",
  reference: "OCOP 42",
  bank_transfer: {
    bank_bin: "970436",
    bank_name: "Vietcombank",
    account_number: "0011004455667",
    account_name: "CONG TY OCOP VIET NAM",
    amount: 190000,
    reference: "OCOP 42",
    payload: "000201010212…",
  },
  qr: { size: 21, path: "M0 0h7v1h-7z" },
}

describe("PaymentInstructions", () => {
  test("a bank transfer shows the VietQR code and names the account, the amount and the reference", async () => {
    await renderInLocale(
      <PaymentInstructions method="bank_transfer" total={190000} transfer={transfer} />,
      "vi",
    )
    expect(await screen.findByRole("heading", { name: "Hướng dẫn chuyển khoản" })).toBeTruthy()
    expect(
      screen.getByRole("img", { name: /^Mã VietQR chuyển 190\.000\s₫, nội dung OCOP 42$/ }),
    ).toBeTruthy()
    expect(screen.getByText("Vietcombank")).toBeTruthy()
    expect(screen.getByText("0011004455667")).toBeTruthy()
    expect(screen.getByText("OCOP 42")).toBeTruthy()
    expect(screen.getAllByText(/^190\.000\s₫$/).length).toBeGreaterThan(0)
    expect(screen.getByText(/đơn hàng sẽ tự động bị huỷ/)).toBeTruthy()
  })

  test("without a configured account: no code, the reference, and the details will follow", async () => {
    await renderInLocale(
      <PaymentInstructions
        method="bank_transfer"
        total={85000}
        transfer={{ ...transfer, reference: "OCOP 7", bank_transfer: null, qr: null }}
      />,
      "en",
    )
    expect(await screen.findByText("OCOP 7")).toBeTruthy()
    expect(screen.queryByRole("img")).toBeNull()
    expect(screen.getByText("We will call or email you the account details.")).toBeTruthy()
  })

  test("a transfer already received says so instead of asking again", async () => {
    await renderInLocale(
      <PaymentInstructions
        method="bank_transfer"
        total={85000}
        transfer={{ ...transfer, paid: true }}
      />,
      "en",
    )
    expect(await screen.findByText("Your transfer of ₫85,000 has arrived. Thank you!")).toBeTruthy()
    expect(screen.queryByRole("img")).toBeNull()
  })

  test("cash on delivery says what to pay the courier", async () => {
    await renderInLocale(<PaymentInstructions method="cod" total={115000} transfer={null} />, "en")
    expect(
      await screen.findByText("You pay ₫115,000 in cash when you receive the order."),
    ).toBeTruthy()
    expect(screen.queryByText("OCOP 3")).toBeNull()
  })
})
