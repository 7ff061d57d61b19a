// The shop in a browser: the steps many shopper stories share.
import { expect, type Page, type TestInfo } from "@playwright/test"

/** A full-page screenshot kept in the test's output folder (test-results/) and the report. */
export async function snapshot(page: Page, testInfo: TestInfo, name: string) {
  const path = testInfo.outputPath(`${name}.png`)
  await page.screenshot({ path, fullPage: true })
  await testInfo.attach(name, { path, contentType: "image/png" })
}

/** Puts one unit (or `quantity`) of the product in the cart (Vietnamese pages) and opens the checkout. */
export async function addToCartAndCheckout(page: Page, handle: string, quantity?: number) {
  await page.goto(`/products/${handle}`)
  if (quantity !== undefined) await page.getByLabel("Số lượng").fill(String(quantity))
  await page.getByRole("button", { name: "Thêm vào giỏ hàng" }).click()
  await expect(page.getByRole("status")).toContainText("vào giỏ hàng")
  await page.getByRole("link", { name: "Xem giỏ hàng" }).click()
  await page.getByRole("link", { name: "Tiến hành thanh toán" }).click()
}

export type Delivery = {
  email: string
  name: string
  phone: string
  commune: string
  street: string
}

export type Contact = Pick<Delivery, "email" | "name" | "phone">

/** Fills the shopper's contact fields of the checkout (Vietnamese pages). */
export async function fillContact(page: Page, who: Contact) {
  await page.getByLabel("Email").fill(who.email)
  await page.getByLabel("Họ và tên").fill(who.name)
  await page.getByLabel("Số điện thoại").fill(who.phone)
}

/** Fills the contact fields and picks the OCOP centre (by name) to collect the order at. */
export async function fillPickupAt(page: Page, centreName: string, who: Contact) {
  await fillContact(page, who)
  await page
    .getByRole("group", { name: "Nhận tại trung tâm OCOP" })
    .getByRole("radio", { name: centreName })
    .check()
}

/** Fills the delivery form (Vietnamese pages): standard delivery to an address in Đắk Lắk. */
export async function fillDeliveryInDakLak(page: Page, to: Delivery) {
  await fillContact(page, to)
  await page.getByRole("radio", { name: /Giao hàng tiêu chuẩn/ }).check()
  await page.getByLabel("Tỉnh, thành phố").selectOption("Đắk Lắk")
  await page.getByLabel("Xã, phường").fill(to.commune)
  await page.getByLabel("Số nhà, đường, thôn").fill(to.street)
}

/** Sends the delivery form (Vietnamese pages) and waits for the payment step. */
export async function continueToPayment(page: Page) {
  await page.getByRole("button", { name: "Tiếp tục tới thanh toán" }).click()
  await expect(page.getByRole("heading", { level: 1, name: "Thanh toán" })).toBeVisible({
    timeout: 30_000,
  })
}
