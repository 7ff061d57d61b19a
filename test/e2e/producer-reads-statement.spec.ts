// A producer opens their consignment statement in the portal — what a place received, sold and
// owes them, less its commission — and downloads it as CSV; the same figures as the backend's.
import { expect, test } from "@playwright/test"
import { openProducerSection, producerSignsIn } from "../support/portals"
import { consignedSale } from "../support/statements"

let sale: Awaited<ReturnType<typeof consignedSale>>

test.beforeAll(async () => {
  test.setTimeout(180_000)
  sale = await consignedSale("Quế Trà My ký gửi", "Điểm bán bảng kê")
})

test("a producer reads what a place owes them and downloads the statement as CSV", async ({
  page,
}) => {
  await producerSignsIn(page, sale.email)
  await openProducerSection(page, "Bảng kê")
  await expect(page.getByRole("heading", { name: "Bảng kê hàng ký gửi", level: 1 })).toBeVisible()
  const units = page.getByRole("table", { name: "Hàng ký gửi" })
  const unitRow = units.getByRole("row").filter({ hasText: sale.place.name })
  // received 6, sold at the counter 2, online 0, sent on 0, stocktake 0, on shelf 4
  await expect(unitRow).toHaveText(new RegExp(`${sale.place.name}\\s*6\\s*2\\s*0\\s*0\\s*0\\s*4`))
  const money = page.getByRole("table", { name: "Tiền hàng (đồng)" })
  const moneyRow = money.getByRole("row").filter({ hasText: sale.place.name })
  // 2 × 85.000 = 170.000; a sales point keeps 20 % = 34.000; owed 136.000
  await expect(moneyRow).toContainText("170.000")
  await expect(moneyRow).toContainText("34.000")
  await expect(moneyRow).toContainText("136.000")

  const download = page.waitForEvent("download")
  await page.getByRole("link", { name: "Tải CSV" }).click()
  const file = await download
  const text = await (await file.createReadStream()).toArray()
  const csv = Buffer.concat(text as Buffer[]).toString("utf8")
  expect(csv).toMatch(/place,province,producer,opening,received/)
  expect(csv.split("\r\n").find((line) => line.includes(sale.place.name))).toContain(
    ",136000,0,136000",
  )
})
