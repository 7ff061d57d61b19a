// Someone who mistypes their password again and again is asked to wait, with the time to wait,
// on every login form (shop, producer portal, staff portal), in Vietnamese and English; never
// the "service unavailable" page the shop used to show for the backend's 429.
import { expect, test, type Page } from "@playwright/test"
import { unique } from "../support/auth-api"

const forms = [
  { name: "shop", path: "/login", heading: "Đăng nhập" },
  { name: "producer portal", path: "/producer/login", heading: "Đăng nhập cổng người sản xuất" },
  { name: "staff portal", path: "/staff/login", heading: "Đăng nhập nhân viên" },
]

/** Wrong passwords until the form says to wait; the alert's text. */
async function guessUntilAskedToWait(page: Page, path: string, password: string, submit: string) {
  const email = `mistyped-${unique()}@example.com`
  for (let attempt = 1; attempt <= 15; attempt++) {
    await page.goto(path)
    await page.getByLabel("Email").fill(email)
    await page.getByLabel(password).fill(`wrong-${attempt}`)
    await page.getByRole("button", { name: submit }).click()
    const alert = page.getByRole("alert").first()
    await expect(alert).toBeVisible()
    const text = (await alert.textContent()) ?? ""
    if (/thử lại sau|try again in/i.test(text)) return text
  }
  throw new Error(`${path}: never asked to wait`)
}

for (const form of forms) {
  test(`the ${form.name} login asks to wait, with the time, after repeated wrong passwords`, async ({
    page,
  }) => {
    test.setTimeout(90_000)
    const text = await guessUntilAskedToWait(page, form.path, "Mật khẩu", "Đăng nhập")
    expect(text).toMatch(/Vui lòng thử lại sau \d+ (giây|phút)\./)
    await expect(page.getByRole("heading", { level: 1, name: form.heading })).toBeVisible()
    await expect(page.getByLabel("Email")).not.toHaveValue("")
  })
}

test("the wait is said in English on the English login", async ({ page }) => {
  test.setTimeout(90_000)
  const text = await guessUntilAskedToWait(page, "/en/login", "Password", "Log in")
  expect(text).toMatch(/Try again in \d+ (seconds?|minutes?)\./)
})
