// The portals (staff, producer, organiser) in a browser: signing in through the login form the
// three share (Email, Mật khẩu, Đăng nhập at /<portal>/login), and the producer portal's sections.
import { expect, type Page } from "@playwright/test"
import { PASSWORD as PRODUCER_PASSWORD } from "./producer-api"

/** Fills the portal's sign-in form and submits it; the caller asserts where it lands. */
export async function submitPortalLogin(
  page: Page,
  portal: "staff" | "producer" | "organizer",
  email: string,
  password: string,
) {
  await page.goto(`/${portal}/login`)
  await page.getByLabel("Email").fill(email)
  await page.getByLabel("Mật khẩu").fill(password)
  await page.getByRole("button", { name: "Đăng nhập" }).click()
}

/** A producer user signs in and lands on the portal's overview. */
export async function producerSignsIn(page: Page, email: string) {
  await submitPortalLogin(page, "producer", email, PRODUCER_PASSWORD)
  await expect(page.getByRole("heading", { name: "Tổng quan", level: 1 })).toBeVisible()
}

/** Opens a section of the producer portal ("Sản phẩm", "Đơn hàng", "Bảng kê") from its navigation. */
export async function openProducerSection(page: Page, section: string) {
  await page
    .getByRole("navigation", { name: "Cổng người sản xuất" })
    .getByRole("link", { name: section })
    .click()
}

/**
 * Fills an invitation's claim form (open at its link) and submits it: the email, the password
 * twice. The staff form asks to "Đặt mật khẩu", the organiser's to "Chọn mật khẩu".
 */
export async function submitClaim(
  page: Page,
  email: string,
  password: string,
  passwordLabel = "Đặt mật khẩu",
) {
  await page.getByLabel("Email").fill(email)
  await page.getByLabel(passwordLabel).fill(password)
  await page.getByLabel("Nhập lại mật khẩu").fill(password)
  await page.getByRole("button", { name: "Kích hoạt và đăng nhập" }).click()
}
