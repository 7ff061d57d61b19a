// A guest buys without an account: their browser keeps the order's confirmation page, and the
// same address opened in another browser is a page that does not exist — no name, phone or
// address of the shopper.
import { expect, test } from "@playwright/test"
import { continueToPayment, fillDeliveryInDakLak } from "../support/shop"

test.use({ viewport: { width: 412, height: 915 }, locale: "vi-VN" })

const coffee = "Cà phê Robusta Buôn Ma Thuột rang xay"

test("the guest who placed an order sees its confirmation; another browser with the address gets the not-found page", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000)
  const email = `guest.${Date.now()}@example.com`
  await page.goto("/products/ca-phe-robusta-buon-ma-thuot")
  await expect(page.getByRole("heading", { level: 1, name: coffee, exact: true })).toBeVisible()
  await page.getByRole("button", { name: "Thêm vào giỏ hàng" }).click()
  await page.getByRole("link", { name: "Xem giỏ hàng" }).click()
  await page.getByRole("link", { name: "Tiến hành thanh toán" }).click()

  await expect(page.getByRole("heading", { level: 1, name: "Thông tin giao nhận" })).toBeVisible({
    timeout: 30_000,
  })
  await fillDeliveryInDakLak(page, {
    email: email,
    name: "Trần Văn Bình",
    phone: "0987 654 321",
    commune: "Ea Kar",
    street: "45 Nguyễn Tất Thành",
  })
  await continueToPayment(page)
  await page.getByRole("radio", { name: /Thanh toán khi nhận hàng \(COD\)/ }).check()
  await page.getByRole("button", { name: "Đặt hàng" }).click()

  const confirmation = page.getByRole("heading", { level: 1, name: /Đã đặt đơn hàng số \d+/ })
  await expect(confirmation).toBeVisible({ timeout: 30_000 })
  await expect(page.getByText("45 Nguyễn Tất Thành", { exact: false })).toBeVisible()
  const address = page.url()
  expect(address).toMatch(/\/orders\/[^/]+\/confirmation$/)

  // The same browser opens it again later.
  await page.reload()
  await expect(confirmation).toBeVisible()
  await expect(page.getByText(email, { exact: false })).toBeVisible()

  // Someone else with the address sees nothing of the order.
  const stranger = await browser.newContext({ locale: "vi-VN" })
  try {
    const other = await stranger.newPage()
    const response = await other.goto(address)
    expect(response?.status()).toBe(404)
    await expect(
      other.getByRole("heading", { level: 1, name: "Không tìm thấy trang" }),
    ).toBeVisible()
    await expect(other.getByText("45 Nguyễn Tất Thành", { exact: false })).toHaveCount(0)
    await expect(other.getByText(email, { exact: false })).toHaveCount(0)
    await expect(other.getByText("0987 654 321", { exact: false })).toHaveCount(0)
  } finally {
    await stranger.close()
  }
})
