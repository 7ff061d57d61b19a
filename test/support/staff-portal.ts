// The staff portal in a browser: signing in as a staff member opened by support/staff-api.ts.
import type { Page } from "@playwright/test"
import { STAFF_PASSWORD } from "./staff-api"

/** Fills a portal's sign-in form (`/staff/login`, `/producer/login`…) and submits it. */
export async function submitPortalLogin(page: Page, path: string, email: string, password: string) {
  await page.goto(path)
  await page.getByLabel("Email").fill(email)
  await page.getByLabel("Mật khẩu").fill(password)
  await page.getByRole("button", { name: "Đăng nhập" }).click()
}

/** Fills the staff sign-in form and submits it; the caller asserts where it lands. */
export const submitStaffLogin = (page: Page, email: string, password = STAFF_PASSWORD) =>
  submitPortalLogin(page, "/staff/login", email, password)
