// A visitor reads the shop in English (/en): the same browse path as in Vietnamese, with
// English labels, down to an order paid by bank transfer with its instructions.
import { expect, test } from "@playwright/test"
import { snapshot } from "../support/shop"

test.use({ viewport: { width: 1280, height: 900 }, locale: "en-US" })

const coffee = "Buon Ma Thuot Robusta ground coffee"

test("a visitor browses in English, finds the coffee and orders it by bank transfer", async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000)
  await page.goto("/en")
  await expect(page.locator("html")).toHaveAttribute("lang", "en")
  await expect(
    page.getByRole("heading", { level: 1, name: "Regional specialties, certified by OCOP" }),
  ).toBeVisible()
  await expect(page.getByRole("heading", { name: "5-star OCOP products" })).toBeVisible()
  await expect(page.getByRole("heading", { name: "Browse by province" })).toBeVisible()
  await snapshot(page, testInfo, "home-en")

  await page
    .getByRole("navigation", { name: "Main navigation" })
    .getByRole("link", { name: "Products" })
    .click()
  await expect(page).toHaveURL(/\/en\/products$/)
  const search = page.getByRole("search", { name: "Search and filter products" })
  await search.getByLabel("Search").fill("ca phe buon ma thuot")
  await search.getByLabel("Star rating").selectOption("5")
  await search.getByRole("button", { name: "Find products" }).click()
  await snapshot(page, testInfo, "search-en")
  await page.getByRole("link", { name: coffee, exact: true }).click()

  await expect(page).toHaveURL(/\/en\/products\/ca-phe-robusta-buon-ma-thuot$/)
  await expect(page.getByRole("heading", { level: 1, name: coffee, exact: true })).toBeVisible()
  await expect(page.getByText("5-star OCOP product").first()).toBeAttached()
  const certificate = page.getByRole("region", { name: "OCOP certificate" })
  await expect(certificate.getByText("Active")).toBeVisible()
  await expect(certificate.getByRole("link", { name: "Verify this certificate" })).toHaveAttribute(
    "href",
    /^\/en\/verify\//,
  )
  await expect(page.getByText("The product's story")).toBeVisible()
  await expect(page.getByRole("region", { name: "In stock at OCOP places" })).toBeVisible()
  await expect(page.locator('link[rel="alternate"][hreflang="vi"]')).toHaveAttribute(
    "href",
    /\/products\/ca-phe-robusta-buon-ma-thuot$/,
  )
  await snapshot(page, testInfo, "product-en")

  await page.getByRole("button", { name: "Add to cart" }).click()
  await expect(page.getByRole("status")).toContainText("to your cart")
  await page.getByRole("link", { name: "View cart" }).click()
  await expect(page.getByRole("heading", { level: 1, name: "Cart" })).toBeVisible()
  await page.getByRole("link", { name: "Check out" }).click()

  await page.getByLabel("Email").fill(`visitor.${Date.now()}@example.com`)
  await page.getByLabel("Full name").fill("Jane Doe")
  await page.getByLabel("Phone number").fill("+84 905 123 456")
  await page.getByLabel("Province or city").selectOption("Hà Nội")
  await page.getByLabel("Commune or ward").fill("Hoàn Kiếm")
  await page.getByLabel("House number, street, village").fill("1 Tràng Tiền")
  await page.getByRole("button", { name: "Continue to payment" }).click()

  await expect(page.getByRole("heading", { level: 1, name: "Payment" })).toBeVisible({
    timeout: 30_000,
  })
  await page.getByRole("radio", { name: /Bank transfer \(VietQR\)/ }).check()
  await page.getByRole("button", { name: "Place order" }).click()

  const confirmation = page.getByRole("heading", { level: 1, name: /Order number \d+ is placed/ })
  await expect(confirmation).toBeVisible({ timeout: 30_000 })
  const orderNumber = (await confirmation.textContent())?.match(/\d+/)?.[0]
  const transfer = page.getByRole("region", { name: "How to transfer" })
  await expect(transfer).toContainText(`OCOP ${orderNumber}`)
  await snapshot(page, testInfo, "confirmation-en")
})

test("the English checkout explains what is wrong in a form sent empty", async ({ page }) => {
  await page.goto("/en/products/ca-phe-robusta-buon-ma-thuot")
  await page.getByRole("button", { name: "Add to cart" }).click()
  await page.getByRole("link", { name: "View cart" }).click()
  await page.getByRole("link", { name: "Check out" }).click()
  await page.getByRole("button", { name: "Continue to payment" }).click()
  await expect(page.getByRole("alert")).toContainText("need fixing")
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true")
  await expect(page.getByText("Please fill this in.").first()).toBeVisible()
})
