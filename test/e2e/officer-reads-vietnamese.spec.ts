// Officers are Vietnamese: with the dashboard's language set to Tiếng Việt (Medusa keeps the
// choice of Profile → Language in the `lng` cookie and localStorage entry), the OCOP screens,
// their menu entries, drawers and the server's refusals speak Vietnamese too.
import { expect, test } from "@playwright/test"
import { backendUrl } from "../support/env"
import { signInToDashboard } from "../support/officer-browser"

test("an officer whose dashboard is in Vietnamese reads the OCOP screens in Vietnamese", async ({
  page,
  context,
}) => {
  test.setTimeout(120_000)
  await signInToDashboard(page)
  await context.addCookies([{ name: "lng", value: "vi", url: backendUrl() }])

  await page.goto(new URL("/app/ocop/certifications", backendUrl()).href)
  await expect(page.getByRole("heading", { level: 1, name: "Chứng nhận OCOP" })).toBeVisible({
    timeout: 30_000,
  })
  await expect(page.getByRole("tab", { name: "Hết hạn trong 30 ngày" })).toBeVisible()
  await expect(page.getByRole("button", { name: "Kiểm tra hết hạn ngay" })).toBeVisible()
  // The sidebar entries are translated through the plugin's namespace too.
  await expect(page.getByRole("link", { name: "Điểm OCOP" })).toBeVisible()
  await expect(page.getByText("OCOP certificates")).toHaveCount(0)

  await page.getByRole("link", { name: "Điểm OCOP" }).click()
  await expect(page.getByRole("heading", { level: 1, name: "Điểm OCOP" })).toBeVisible()
  await page.getByRole("button", { name: "Mở điểm" }).click()
  const drawer = page.getByRole("dialog", { name: "Mở điểm" })
  await expect(drawer.getByLabel("Xã hoặc phường")).toBeVisible()
  await expect(drawer.getByRole("button", { name: "Hủy" })).toBeVisible()

  // A server refusal is shown by its code in Vietnamese, not as the API's English message: a
  // text-direction character in the name is refused by the input check (code unsafe_text).
  await drawer.getByLabel("Tên").fill("Phòng trưng bày thử\u202e")
  await drawer.getByRole("combobox", { name: "Loại" }).click()
  await page.getByRole("option", { name: "Phòng trưng bày" }).click()
  await drawer.getByRole("button", { name: "Mở điểm" }).click()
  await expect(drawer.getByRole("alert")).toContainText(
    "Trường “name” chứa ký tự điều khiển hoặc ký tự đổi chiều văn bản",
    { timeout: 30_000 },
  )
  await expect(drawer.getByText("Invalid request")).toHaveCount(0)
})
