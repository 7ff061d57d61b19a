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

/** Signs the officer in, opens an admin page and waits for its title (the first load is slow). */
export async function openAdminPage(page: Page, path: string, title: string) {
  await signInToDashboard(page)
  await page.goto(new URL(path, backendUrl()).href)
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible({
    timeout: 60_000,
  })
}
