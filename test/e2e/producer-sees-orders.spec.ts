// A producer opens the orders page of the portal and sees the orders holding their products:
// number, date, status, the province it goes to and their own lines — never the shopper's
// name, email, phone or street address, nor another producer's lines; in Vietnamese and English,
// with an empty state for a producer nobody has bought from yet.
import { expect, test } from "@playwright/test"
import { certifiedGoods, createCandidateProduct, type Goods } from "../support/admin-api"
import { shopperAddress, shopperContacts } from "../support/checkout"
import { placeOrder, unique } from "../support/orders"
import { openProducerSection, producerSignsIn } from "../support/portals"
import { registerProducerUser } from "../support/producer-api"

let mine: Goods
let theirs: Goods
let placed: Awaited<ReturnType<typeof placeOrder>>
const seller = `producer-${unique()}@example.com`
const newcomer = `producer-${unique()}@example.com`

test.beforeAll(async () => {
  test.setTimeout(180_000)
  ;[mine, theirs] = [
    await certifiedGoods("Bưởi Đại Bình", { stars: 4, score: 78 }),
    await certifiedGoods("Thổ cẩm Nam Giang", { stars: 3, score: 55 }),
  ]
  await registerProducerUser(seller, mine.producer.id)
  const { producer: empty } = await createCandidateProduct("Đẳng sâm")
  await registerProducerUser(newcomer, empty.id)
  placed = await placeOrder([mine.variantId, theirs.variantId])
})

test("a producer sees the order holding their product, with their line only and no shopper data", async ({
  page,
}) => {
  await producerSignsIn(page, seller)
  await openProducerSection(page, "Đơn hàng")
  await expect(page.getByRole("heading", { name: "Đơn hàng", level: 1 })).toBeVisible()
  const table = page.getByRole("table", { name: "Đơn hàng" })
  const number = page.getByText(`#${placed.order.display_id}`, { exact: true })
  const row = table.getByRole("row").filter({ has: number })
  await expect(row).toBeVisible()
  await expect(row.getByRole("rowheader")).toContainText("Chờ xử lý")
  await expect(row).toContainText(shopperAddress.province)
  await expect(row).toContainText(`${mine.product.title} × 1`)
  await expect(row).toContainText("85.000")
  const body = (await page.locator("main").textContent()) ?? ""
  expect(body).not.toContain(theirs.product.title)
  for (const contact of shopperContacts(placed.email)) {
    expect(body).not.toContain(contact)
  }

  await page.goto("/en/producer/orders")
  await expect(page.getByRole("heading", { name: "Orders", level: 1 })).toBeVisible()
  await expect(page.getByRole("columnheader", { name: "Delivered to" })).toBeVisible()
  await expect(
    page
      .getByRole("row")
      .filter({ has: page.getByText(`#${placed.order.display_id}`, { exact: true }) }),
  ).toContainText("Pending")
})

test("a producer nobody has bought from sees the empty state", async ({ page }) => {
  await producerSignsIn(page, newcomer)
  await page.goto("/producer/orders")
  await expect(page.getByRole("heading", { name: "Đơn hàng", level: 1 })).toBeVisible()
  await expect(page.getByText("Chưa có đơn hàng nào")).toBeVisible()
  await expect(page.getByRole("table")).toHaveCount(0)
})
