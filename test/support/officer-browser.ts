import { expect, type Page } from "@playwright/test"
import { OFFICER } from "./admin-api"
import { backendUrl } from "./env"

/** Signs the demo officer in to the admin dashboard (/app) through its own login form. */
export async function signInToDashboard(page: Page) {
  await page.goto(new URL("/app/login", backendUrl()).href)
  await page.getByRole("textbox", { name: "Email" }).fill(OFFICER.email)
  await page.getByPlaceholder("Password").fill(OFFICER.password)
  await page.getByRole("button", { name: "Continue with Email" }).click()
  await expect(page, "the login sticks: the dashboard leaves its login form").not.toHaveURL(
    /\/app\/login/,
    { timeout: 30_000 },
  )
}
