// The staff portal in a browser: signing in as a staff member opened by support/staff-api.ts.
import type { Page } from "@playwright/test"
import { STAFF_PASSWORD } from "./staff-api"

/** Fills the staff sign-in form and submits it; the caller asserts where it lands. */
export async function submitStaffLogin(page: Page, email: string, password = STAFF_PASSWORD) {
  await page.goto("/staff/login")
  await page.getByLabel("Email").fill(email)
  await page.getByLabel("Mật khẩu").fill(password)
  await page.getByRole("button", { name: "Đăng nhập" }).click()
}
