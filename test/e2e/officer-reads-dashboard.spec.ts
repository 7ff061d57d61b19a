// An officer opens the programme dashboard under OCOP (#18): a place's counter sale shows in the
// "Sales by place" chart and in the table beside it, and the table downloads as CSV.
import { expect, test } from "@playwright/test"
import { openAdminPage } from "../support/officer-browser"
import { consignedSale } from "../support/statements"

test("an officer reads sales by place: chart, table and CSV", async ({ page }) => {
  test.setTimeout(240_000)
  const { place } = await consignedSale("Cà phê bảng điều khiển", "Điểm bán bảng điều khiển")
  await openAdminPage(page, "/app/ocop/dashboard", "OCOP dashboard")
  const section = page.getByRole("region", { name: "Sales by place" })
  await expect(section.getByRole("figure")).toBeVisible({ timeout: 30_000 })
  await expect(section.getByRole("figure").locator("svg").first()).toBeVisible()
  // Two units at 85,000 đ sold at the counter today.
  const row = section.getByRole("table", { name: "Sales by place" }).getByRole("row", {
    name: new RegExp(place.name),
  })
  await expect(row).toContainText("170,000")

  const download = page.waitForEvent("download")
  await section.getByRole("link", { name: "CSV: Sales by place" }).click()
  const chunks = await (await (await download).createReadStream()).toArray()
  const lines = Buffer.concat(chunks as Buffer[])
    .toString("utf8")
    .replace(/^\uFEFF/, "")
    .split("\r\n")
  expect(lines[0]).toBe("key,label,units,amount")
  expect(lines.find((line) => line.includes(place.name))).toMatch(/,2,170000$/)
})
