// @vitest-environment jsdom
import { screen } from "@testing-library/react"
import { describe, expect, test } from "vitest"
import { renderInLocale } from "#tests/render.tsx"
import { PaymentInstructions } from "./payment-instructions.tsx"

const account = { bank: "Vietcombank", account: "0011004455667", holder: "CONG TY OCOP VIET NAM" }

describe("PaymentInstructions", () => {
  test("a bank transfer names the account, the amount in whole đồng and the order number", async () => {
    await renderInLocale(
      <PaymentInstructions
        method="bank_transfer"
        total={190000}
        displayId={42}
        bankAccount={account}
      />,
      "vi",
    )
    expect(await screen.findByRole("heading", { name: "Hướng dẫn chuyển khoản" })).toBeTruthy()
    expect(screen.getByText("0011004455667")).toBeTruthy()
    expect(screen.getByText("OCOP 42")).toBeTruthy()
    expect(screen.getAllByText(/^190\.000\s₫$/).length).toBeGreaterThan(0)
  })

  test("without a configured account the shopper is told the details will follow", async () => {
    await renderInLocale(
      <PaymentInstructions method="bank_transfer" total={85000} displayId={7} bankAccount={null} />,
      "en",
    )
    expect(await screen.findByText("OCOP 7")).toBeTruthy()
    expect(screen.getByText("We will call or email you the account details.")).toBeTruthy()
  })

  test("cash on delivery says what to pay the courier", async () => {
    await renderInLocale(
      <PaymentInstructions method="cod" total={115000} displayId={3} bankAccount={account} />,
      "en",
    )
    expect(
      await screen.findByText("You pay ₫115,000 in cash when you receive the order."),
    ).toBeTruthy()
    expect(screen.queryByText("OCOP 3")).toBeNull()
  })
})
