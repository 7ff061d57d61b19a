// The public fair page (issue #19): while the fair is on, each product says how many units are
// left on the fair ground, one less after a counter sale; after the fair, where to buy it now.
import { expect, test } from "@playwright/test"
import { createFair, endFairNow, exhibit } from "../support/organizer-api"
import { liveFairWithStock, sellAtFair } from "../support/fair-stock"

let story: Awaited<ReturnType<typeof liveFairWithStock>>

test.beforeAll(async () => {
  story = await liveFairWithStock("trang hội chợ", 5, 3)
})

test.use({ viewport: { width: 1280, height: 900 } })

test("a fair on now shows the units left, one less after a sale at its counter", async ({
  page,
}) => {
  const { fair, goods, organizer } = story
  await page.goto(`/fairs/${fair.slug}`)
  const booth = page.getByRole("region", { name: "Gian hàng A01" })
  const item = booth.getByRole("listitem").filter({ hasText: goods.product.title })
  await expect(item.getByText("Còn 3")).toBeVisible()

  await sellAtFair(organizer, fair, goods.variantId)
  await page.reload()
  await expect(item.getByText("Còn 2")).toBeVisible()

  await sellAtFair(organizer, fair, goods.variantId, 2)
  await page.goto(`/en/fairs/${fair.slug}`)
  const englishBooth = page.getByRole("region", { name: "Booth A01" })
  await expect(englishBooth.getByText("Sold out at the fair")).toBeVisible()
})

test("after the fair, the page says where to buy each product now", async ({ page }) => {
  const { goods, organizer, place } = story
  const ended = await createFair(organizer)
  await exhibit(organizer, ended.id, {
    producer_id: goods.producer.id,
    product_id: goods.product.id,
  })
  await endFairNow(ended)

  await page.goto(`/fairs/${ended.slug}`)
  const where = page.getByRole("region", { name: "Mua ở đâu sau hội chợ" })
  const product = where.getByRole("region", { name: goods.product.title })
  await expect(product.getByRole("listitem").filter({ hasText: place.name })).toBeVisible()
  await expect(product.getByRole("link", { name: "Điểm bán OCOP ở Đắk Lắk" })).toHaveAttribute(
    "href",
    "/places?province=%C4%90%E1%BA%AFk%20L%E1%BA%AFk",
  )
  await expect(page.getByText(/^Còn \d+$/)).toHaveCount(0)

  await page.goto(`/en/fairs/${ended.slug}`)
  await expect(page.getByRole("heading", { level: 2, name: "Where to buy now" })).toBeVisible()
})
