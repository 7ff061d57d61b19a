// A shopper chooses bank transfer and the confirmation page gives them a VietQR code to scan
// with their banking app, for the order's exact total, with the account, the amount and the
// reference "OCOP <order number>" also written out.
import { expect, test } from "@playwright/test"
import {
  addToCartAndCheckout,
  continueToPayment,
  fillDeliveryInDakLak,
  snapshot,
} from "../support/shop"

test.use({ locale: "vi-VN" })

test("a shopper paying by bank transfer sees the VietQR code and the exact amount to transfer", async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000)
  await addToCartAndCheckout(page, "ca-phe-robusta-buon-ma-thuot")

  await fillDeliveryInDakLak(page, {
    email: "transfer.shopper@example.vn",
    name: "Lê Thị Hoa",
    phone: "0905 111 222",
    commune: "Ea Kar",
    street: "5 Hùng Vương",
  })
  await continueToPayment(page)
  await page.getByRole("radio", { name: /Chuyển khoản ngân hàng \(VietQR\)/ }).check()
  await page.getByRole("button", { name: "Đặt hàng" }).click()

  const confirmation = page.getByRole("heading", { level: 1, name: /Đã đặt đơn hàng số \d+/ })
  await expect(confirmation).toBeVisible({ timeout: 30_000 })
  const orderNumber = (await confirmation.textContent())?.match(/\d+/)?.[0]
  // The grand total is the summary's last figure.
  const total = await page
    .getByRole("region", { name: "Đơn hàng của bạn" })
    .getByRole("definition")
    .last()
    .innerText()
  expect(total).toMatch(/^[\d.]+\s₫$/)

  const transfer = page.getByRole("region", { name: "Hướng dẫn chuyển khoản" })
  await expect(transfer).toBeVisible()
  const qr = transfer.getByRole("img", {
    name: new RegExp(`^Mã VietQR chuyển .+, nội dung OCOP ${orderNumber}$`),
  })
  await expect(qr).toBeVisible()
  await expect(transfer.getByText("Vietcombank")).toBeVisible()
  await expect(transfer.getByText("0011004455667")).toBeVisible()
  await expect(transfer.getByText(`OCOP ${orderNumber}`, { exact: true })).toBeVisible()
  await expect(transfer.getByText(total, { exact: true })).toBeVisible()
  // The code's alt text names the same exact amount.
  expect(await qr.getAttribute("aria-label")).toBe(
    `Mã VietQR chuyển ${total}, nội dung OCOP ${orderNumber}`,
  )
  await expect(transfer.getByText(/đơn hàng sẽ tự động bị huỷ/)).toBeVisible()
  await snapshot(page, testInfo, "confirmation-vietqr")
})
