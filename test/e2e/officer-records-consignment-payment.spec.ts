// An officer opens the consignment statements under OCOP, records what a place paid a producer in
// the drawer, sees the balance fall, and downloads the statements as CSV.
import { expect, test } from "@playwright/test"
import { openAdminPage } from "../support/officer-browser"
import { consignedSale } from "../support/statements"

test("an officer records a place's payment to a producer and downloads the statements", async ({
  page,
}) => {
  test.setTimeout(240_000)
  const { place } = await consignedSale("Trà Shan tuyết ký gửi", "Điểm bán thanh toán")
  await openAdminPage(page, "/app/ocop/statements", "Consignment statements")
  const row = page.getByRole("row").filter({ hasText: place.name })
  // 2 × 85,000 sold; a sales point keeps 20 %: 136,000 owed, nothing paid yet.
  await expect(row).toContainText("136,000")
  await row.getByRole("button", { name: "Record payment" }).click()
  const drawer = page.getByRole("dialog", { name: "Record payment" })
  await expect(drawer.getByLabel("Amount (đồng)")).toHaveValue("136000")
  await drawer.getByLabel("Amount (đồng)").fill("100000")
  await drawer.getByLabel("Reference (optional)").fill("UNC 2026-42")
  await drawer.getByRole("button", { name: "Record", exact: true }).click()
  await expect(page.getByText("Payment recorded")).toBeVisible({ timeout: 30_000 })
  await expect(row).toContainText("100,000")

  const download = page.waitForEvent("download")
  await page.getByRole("link", { name: "Download CSV" }).click()
  const chunks = await (await (await download).createReadStream()).toArray()
  const csv = Buffer.concat(chunks as Buffer[]).toString("utf8")
  expect(csv.split("\r\n").find((line) => line.includes(place.name))).toContain(",100000,36000")
})
