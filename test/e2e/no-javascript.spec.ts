// Progressive enhancement: with JavaScript off (old phones, flaky networks), every form is a
// plain POST answered by the server, so a shopper can still add to the cart, change a
// quantity, check out and place an order.
import { expect, test } from "@playwright/test"
import { continueToPayment, fillDeliveryInDakLak } from "../support/shop"

test.use({ javaScriptEnabled: false, locale: "vi-VN" })

test("a shopper without JavaScript buys with cash on delivery", async ({ page }, testInfo) => {
  test.setTimeout(120_000)
  await page.goto("/products/tieu-den-cu-mgar")
  await page.getByRole("button", { name: "Thêm vào giỏ hàng" }).click()
  await expect(page.getByRole("status")).toContainText("vào giỏ hàng")
  await page.getByRole("link", { name: "Xem giỏ hàng" }).click()

  const quantity = page.getByRole("spinbutton", { name: /^Số lượng: / })
  await quantity.fill("3")
  await page.getByRole("button", { name: "Cập nhật" }).click()
  await expect(page.getByRole("spinbutton", { name: /^Số lượng: / })).toHaveValue("3")
  await page.getByRole("link", { name: "Tiến hành thanh toán" }).click()

  await fillDeliveryInDakLak(page, {
    email: "khong.js@example.vn",
    name: "Lê Thị Hoa",
    phone: "0935 111 222",
    commune: "Cư M'gar",
    street: "Thôn 3",
  })
  await continueToPayment(page)
  await page.getByRole("button", { name: "Đặt hàng" }).click()
  await expect(page.getByRole("heading", { level: 1, name: /Đã đặt đơn hàng số \d+/ })).toBeVisible(
    { timeout: 30_000 },
  )
  await expect(page.getByText(/3 × /)).toBeVisible()
  const path = testInfo.outputPath("confirmation-without-javascript.png")
  await page.screenshot({ path, fullPage: true })
  await testInfo.attach("confirmation-without-javascript", { path, contentType: "image/png" })
})
