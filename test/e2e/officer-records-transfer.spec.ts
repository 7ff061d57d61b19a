// An officer sees a shopper's transfer on the shop's statement, opens the order in the admin
// dashboard and records it received: the order is paid, and the shopper's confirmation page
// stops asking for the money.
import { expect, test } from "@playwright/test"
import { placeOrder, stockedGoods } from "../support/bank-transfer"
import { backendUrl } from "../support/env"
import { signInToDashboard } from "../support/officer-browser"

test("the officer records a bank transfer received on the order page and the order is paid", async ({
  page,
}) => {
  test.setTimeout(240_000)
  const { variantId } = await stockedGoods()
  const order = await placeOrder(variantId, "bank_transfer")
  const amount = `${new Intl.NumberFormat("vi-VN").format(order.total)} ₫`

  await signInToDashboard(page)

  await page.goto(new URL(`/app/orders/${order.id}`, backendUrl()).href)
  const transfer = page.getByRole("region", { name: "Bank transfer (VietQR)" })
  await expect(transfer.getByText(`OCOP ${order.display_id}`, { exact: true })).toBeVisible({
    timeout: 60_000,
  })
  await transfer.getByLabel("Bank transaction or note (optional)").fill("FT26337000111")
  await transfer.getByRole("button", { name: `Record ${amount} received` }).click()

  await expect(page.getByText("Transfer recorded: the order is paid")).toBeVisible({
    timeout: 30_000,
  })
  await expect(transfer.getByText("FT26337000111")).toBeVisible()
  await expect(transfer.getByRole("button", { name: /received$/ })).toHaveCount(0)
})
