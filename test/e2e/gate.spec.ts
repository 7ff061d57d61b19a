// The certificate gate as shoppers meet it: a product below 3 stars, or whose certificate was
// revoked, has no page (404) and never shows in search, in either language.
import { expect, test } from "@playwright/test"

const unlisted = [
  { handle: "mat-ong-rung-2-sao", why: "a 2-star result does not certify for sale" },
  { handle: "nuoc-mam-thu-hoi", why: "a revoked certificate delists the product" },
]

for (const { handle, why } of unlisted) {
  test(`${handle} is a 404 page: ${why}`, async ({ page }) => {
    const response = await page.goto(`/products/${handle}`)
    expect(response?.status()).toBe(404)
    await expect(
      page.getByRole("heading", { level: 1, name: "Không tìm thấy sản phẩm" }),
    ).toBeVisible()
    await expect(page.getByRole("button", { name: "Thêm vào giỏ hàng" })).toHaveCount(0)

    const english = await page.goto(`/en/products/${handle}`)
    expect(english?.status()).toBe(404)
    await expect(page.getByRole("heading", { level: 1, name: "Product not found" })).toBeVisible()
  })
}

test("a 2-star product never shows in search results", async ({ page }) => {
  // "mat ong rung" matches the 2-star forest honey and the listed forest honeys of other
  // producers: the listed ones show (so the search did answer), the 2-star one never does.
  await page.goto("/products?q=mat+ong+rung")
  await expect(page.getByRole("heading", { level: 1, name: "Sản phẩm OCOP" })).toBeVisible()
  await expect(page.getByRole("link", { name: /^Mật ong rừng khộp/ }).first()).toBeVisible()
  await expect(page.getByRole("link", { name: "Mật ong rừng (2 sao)" })).toHaveCount(0)
  await expect(page.getByRole("link", { name: /2 sao/ })).toHaveCount(0)
})
