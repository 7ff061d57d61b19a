// Smoke test: the storefront home page renders in Vietnamese with a main landmark.
import { expect, test } from "@playwright/test"

test("home page renders in Vietnamese with a main landmark", async ({ page }) => {
  const response = await page.goto("/")
  expect(response?.status()).toBe(200)
  await expect(page.locator("html")).toHaveAttribute("lang", "vi")
  await expect(page.getByRole("main")).toBeVisible()
})
