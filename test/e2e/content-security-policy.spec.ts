// The pages people use run under the Content Security Policy without a single violation: the
// shop (home, product, cart, checkout), the producer portal and the staff portal. A policy that
// blocked React Router's scripts or the shop's styles would show here before any shopper saw it.
import { expect, test, type Page } from "@playwright/test"
import { staffAccount, STAFF_PASSWORD, createPlace } from "../support/staff-api"
import { watchCsp } from "../support/csp"

const coffee = "Cà phê Robusta Buôn Ma Thuột rang xay"

async function expectPolicy(page: Page, path: string) {
  const response = await page.goto(path)
  expect(response?.status(), path).toBeLessThan(400)
  expect(await response?.headerValue("content-security-policy"), path).toMatch(/script-src/)
}

test("the shop, the producer portal and the staff portal run without a CSP violation", async ({
  page,
}) => {
  test.setTimeout(120_000)
  const violations = await watchCsp(page)

  await expectPolicy(page, "/")
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible()
  await page.goto("/products?q=ca+phe")
  await page.getByRole("link", { name: coffee, exact: true }).click()
  await expect(page.getByRole("heading", { level: 1, name: coffee })).toBeVisible()
  await expect(page.getByRole("img", { name: /Mã QR/ })).toBeVisible()
  await page.getByRole("radio", { name: /250 g/ }).check()
  await page.getByRole("button", { name: "Thêm vào giỏ hàng" }).click()
  await expect(page.getByRole("status")).toContainText("Đã thêm")
  await expectPolicy(page, "/cart")
  await page.getByRole("link", { name: "Tiến hành thanh toán" }).click()
  await expect(page.getByRole("heading", { level: 1, name: "Thông tin giao nhận" })).toBeVisible({
    timeout: 30_000,
  })

  await expectPolicy(page, "/producer/login")
  await page.getByLabel("Email").fill("producer@ocop.vn")
  await page.getByLabel("Mật khẩu").fill("Ocop@2026")
  await page.getByRole("button", { name: "Đăng nhập" }).click()
  await expect(page).toHaveURL(/\/producer\/?$/)
  await expectPolicy(page, "/producer/products")

  const place = await createPlace()
  const { email } = await staffAccount([place.id])
  await expectPolicy(page, "/staff/login")
  await page.getByLabel("Email").fill(email)
  await page.getByLabel("Mật khẩu").fill(STAFF_PASSWORD)
  await page.getByRole("button", { name: "Đăng nhập" }).click()
  await expect(page).toHaveURL(/\/staff/)
  await expectPolicy(page, `/staff/places/${place.id}`)

  expect(await violations()).toEqual([])
})
