// A programme officer's day on `npm start`: sign in to the admin dashboard over plain http,
// open the OCOP certificates screen, record a certificate for a product that is not on sale yet,
// and find that product in the shop. The login must stick over http (no `Secure` cookie on a
// plain-http public address), or the dashboard stays on its login form; and the dashboard runs
// under the backend's Content Security Policy without a violation.
import { expect, test } from "@playwright/test"
import { createCandidateProduct } from "../support/admin-api"
import { watchCsp } from "../support/csp"
import { backendUrl } from "../support/env"
import { signInToDashboard } from "../support/officer-browser"

test("the officer signs in to /app over http, records a certificate and the product goes on sale", async ({
  page,
}) => {
  test.setTimeout(240_000)
  const { product, handle, tag } = await createCandidateProduct("Trà shan tuyết")
  const title = product.title as string
  const violations = await watchCsp(page)

  const before = await page.goto(`/products/${handle}`)
  expect(before?.status(), "a product without a certificate has no page").toBe(404)

  await signInToDashboard(page)

  await page.goto(new URL("/app/ocop/certifications", backendUrl()).href)
  await expect(page.getByRole("heading", { level: 1, name: "OCOP certificates" })).toBeVisible({
    timeout: 30_000,
  })

  await page.goto(new URL(`/app/products/${product.id}`, backendUrl()).href)
  const file = page.getByRole("region", { name: "OCOP" })
  await expect(file.getByText("No certificate recorded", { exact: true })).toBeVisible({
    timeout: 60_000,
  })
  // The badge words the server's verdict (GET /admin/ocop/products/:id `verdict`).
  await expect(file.getByText("Not listed — no certificate recorded")).toBeVisible()
  await file.getByRole("button", { name: "Record certificate" }).click()

  const drawer = page.getByRole("dialog", { name: "Record certificate" })
  const number = `E2E-${tag}`.toUpperCase()
  await drawer.getByLabel("Certificate number").fill(number)
  await drawer.getByLabel("Decision number (số quyết định)").fill("2381/QĐ-UBND")
  await drawer.getByLabel("Issuing authority").fill("UBND tỉnh Lào Cai")
  await drawer.getByLabel("Score (0–100)").fill("72")
  await drawer.getByRole("combobox", { name: "Product group" }).click()
  await page.getByRole("option", { name: /^Food/ }).click()
  await pickIssueDate(page, drawer, new Date(Date.now() - 30 * 24 * 3600 * 1000))
  await drawer.getByRole("button", { name: "Record certificate" }).click()

  await expect(page.getByText(`Certificate ${number} recorded`)).toBeVisible({ timeout: 30_000 })
  await expect(file.getByRole("cell", { name: number, exact: true })).toBeVisible()
  await expect(file.getByText("Listed for shoppers")).toBeVisible()

  const after = await page.goto(`/products/${handle}`)
  expect(after?.status(), "the certified product has its page in the shop").toBe(200)
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible()
  // Zod, in the dashboard, tries `new Function("")` once per page to see whether it may compile
  // validators; the policy refuses (no 'unsafe-eval') and Zod validates without compiling.
  const unexpected = (await violations()).filter(
    (seen) => !seen.startsWith("script-src blocked eval "),
  )
  expect(unexpected).toEqual([])
})

/** Types a date into the drawer's "Issued on" date picker, segment by segment. */
async function pickIssueDate(
  page: import("@playwright/test").Page,
  drawer: import("@playwright/test").Locator,
  date: Date,
) {
  const group = drawer.getByRole("group", { name: "Issued on" })
  await group.getByRole("spinbutton").first().click()
  const segments = await group.getByRole("spinbutton").all()
  const values: Record<string, string> = {
    day: String(date.getDate()).padStart(2, "0"),
    month: String(date.getMonth() + 1).padStart(2, "0"),
    year: String(date.getFullYear()),
  }
  for (const segment of segments) {
    const label = ((await segment.getAttribute("aria-label")) ?? "").toLowerCase()
    const key = Object.keys(values).find((name) => label.includes(name))
    if (!key) continue
    await segment.click()
    await page.keyboard.type(values[key]!)
  }
}
