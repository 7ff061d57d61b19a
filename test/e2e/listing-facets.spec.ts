// The listing's filter options say how many products each would show, and they are right:
// choosing an option shows exactly that many (counted by the backend over the same query).
import { expect, test, type Page } from "@playwright/test"

const number = (text: string) => Number(text.replace(/\D/g, ""))

async function chooseAndCompare(page: Page, label: string) {
  const select = page.getByLabel(label)
  const options = await select.locator("option").allTextContents()
  const counted = options.find((text) => /\(\d[\d.,]*\)$/.test(text))
  expect(counted, `${label} offers counted options`).toBeDefined()
  const expected = number(counted!.slice(counted!.lastIndexOf("(")))
  await select.selectOption({ label: counted! })
  await page.getByRole("button", { name: "Tìm sản phẩm" }).click()
  await expect(page.getByRole("heading", { level: 2, name: /sản phẩm$/ })).toHaveText(
    new RegExp(`^${expected.toLocaleString("vi-VN").replace(".", "\\.")} sản phẩm$`),
  )
}

test("a province option's count is the number of products it shows", async ({ page }) => {
  await page.goto("/products?stars=4")
  await chooseAndCompare(page, "Tỉnh, thành phố")
})

test("a producer option's count is the number of products it shows", async ({ page }) => {
  await page.goto("/products?group=food")
  await chooseAndCompare(page, "Chủ thể OCOP")
})
