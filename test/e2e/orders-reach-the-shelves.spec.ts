// Orders reach the shelves (issue #17): a shopper orders for pickup at an OCOP centre; that
// centre's staff see it in their queue, prepare it and put it at the counter; the shopper's
// email brings the pickup code; the staff hand the order over only against that code, and the
// units leave that centre's shelf, in its movement history. Another place's staff never see it.
import { expect, test, type Page } from "@playwright/test"
import { createCandidateProduct, recordCertificate } from "../support/admin-api"
import { expectJson, post } from "../support/http"
import { mailbox } from "../support/mailbox"
import { pickupOptionAt, queuePath } from "../support/order-queue"
import { createCentre, receiveGoods, shelf, staffAccount, staffFetch } from "../support/staff-api"
import { submitStaffLogin } from "../support/staff-portal"
import { addToCartAndCheckout, continueToPayment, fillPickupAt } from "../support/shop"
import { unique } from "../support/auth-api"

test.describe.configure({ timeout: 180_000 })

async function signIn(page: Page, email: string) {
  await submitStaffLogin(page, email)
  await expect(page).not.toHaveURL(/\/staff\/login/, { timeout: 30_000 })
}

test("an order for pickup reaches its centre's queue and is handed over only against the shopper's code", async ({
  browser,
}) => {
  await mailbox()
  const centre = await createCentre("Trung tâm OCOP nhận đơn")
  const other = await createCentre("Trung tâm OCOP khác")
  await pickupOptionAt(centre)
  const staff = await staffAccount([centre.id])
  const stranger = await staffAccount([other.id])
  const goods = await createCandidateProduct("Mật ong hoa cà phê", { manageInventory: true })
  await recordCertificate(goods.product.id, { stars: 4, score: 82 })
  await receiveGoods(staff.token, centre.id, goods, 5)

  // The shopper orders two jars for pickup at the centre.
  const shopper = await browser.newPage({ locale: "vi-VN" })
  const email = `pickup-${unique()}@example.vn`
  await addToCartAndCheckout(shopper, goods.handle, 2)
  await fillPickupAt(shopper, centre.name, { email, name: "Trần Văn Minh", phone: "0912 345 678" })
  await continueToPayment(shopper)
  await shopper.getByRole("radio", { name: /Thanh toán khi nhận hàng \(COD\)/ }).check()
  await shopper.getByRole("button", { name: "Đặt hàng" }).click()
  const heading = shopper.getByRole("heading", { level: 1, name: /Đã đặt đơn hàng số \d+/ })
  await expect(heading).toBeVisible({ timeout: 30_000 })
  const number = /\d+/.exec((await heading.textContent()) ?? "")![0]
  const progress = shopper.getByRole("region", { name: "Tiến độ đơn hàng" })
  await expect(progress).toContainText(centre.name)
  await expect(progress).toContainText("07:30–17:00")
  const shownCode = (await progress.locator(".pickup-code__text").textContent())!.trim()
  expect(shownCode).toMatch(/^[A-Z2-9]{8}$/)
  await expect(progress.getByRole("img", { name: "Mã QR nhận hàng" })).toBeVisible()

  // The centre's staff see it in their queue and move it to the counter.
  const page = await browser.newPage({ locale: "vi-VN" })
  await signIn(page, staff.email)
  await page.goto(`/staff/places/${centre.id}`)
  await page
    .getByRole("navigation", { name: "Quản lý hàng tại điểm bán" })
    .getByRole("link", { name: "Đơn hàng" })
    .click()
  await expect(page.getByRole("heading", { level: 1, name: "Đơn hàng trực tuyến" })).toBeVisible()
  await page.getByRole("link", { name: `Đơn #${number}` }).click()
  await expect(page.getByRole("heading", { level: 1, name: `Đơn hàng #${number}` })).toBeVisible()
  await expect(page.getByRole("table", { name: "Sản phẩm cần chuẩn bị" })).toContainText(
    goods.product.title,
  )
  await page.getByRole("button", { name: "Bắt đầu chuẩn bị" }).click()
  await expect(page.getByText("Đã cập nhật đơn hàng.")).toBeVisible()
  await page.getByRole("button", { name: "Sẵn sàng để nhận" }).click()
  await expect(page.getByText("Đã cập nhật đơn hàng.")).toBeVisible()

  // The shopper's email brings the code, the centre's address and hours.
  const mail = await (await mailbox()).nextAbout(email, `#${number} đã sẵn sàng để nhận`, 30_000)
  const code = /\n([A-Z2-9]{8})\n/.exec(`\n${mail.text}\n`)?.[1]
  expect(code).toBe(shownCode)
  expect(mail.text).toContain(centre.name)
  expect(mail.text).toContain("07:30–17:00")

  // Another place's staff cannot open it.
  const assignmentId = new URL(page.url()).pathname.split("/").pop()!
  expect((await staffFetch(stranger.token, queuePath(centre.id, `/${assignmentId}`))).status).toBe(
    404,
  )
  expect((await staffFetch(stranger.token, queuePath(other.id, `/${assignmentId}`))).status).toBe(
    404,
  )

  // A wrong code is refused; the right one hands the order over.
  const handOver = page.getByRole("form", { name: "Giao hàng cho khách tại quầy" })
  await handOver.getByLabel("Mã nhận hàng của khách").fill("AAAAAAAA")
  await handOver.getByRole("button", { name: "Giao cho khách" }).click()
  await expect(page.getByRole("alert")).toContainText("Mã nhận hàng không đúng với đơn này.")
  expect((await shelf(staff.token, centre.id, goods.variantId))!.stocked).toBe(5)
  await page
    .getByRole("form", { name: "Giao hàng cho khách tại quầy" })
    .getByLabel("Mã nhận hàng của khách")
    .fill(code!)
  await page.getByRole("button", { name: "Giao cho khách" }).click()
  await expect(page.getByText("Đã giao cho khách")).toBeVisible()

  // Two units left the centre's shelf, and the history says so.
  const row = await shelf(staff.token, centre.id, goods.variantId)
  expect(row).toMatchObject({ stocked: 3, reserved: 0 })
  await page
    .getByRole("navigation", { name: "Quản lý hàng tại điểm bán" })
    .getByRole("link", { name: "Lịch sử" })
    .click()
  const history = page.getByRole("table", { name: /Các lần hàng trên kệ thay đổi/ })
  await expect(history.getByRole("row").nth(1)).toContainText("Đơn trực tuyến")
  await expect(history.getByRole("row").nth(1)).toContainText("−2")

  // In English, filtered by status, the queue shows the order handed over.
  await page.goto(`/en/staff/places/${centre.id}/orders?status=handed_over`)
  await expect(page.getByRole("heading", { level: 1, name: "Online orders" })).toBeVisible()
  await expect(page.getByRole("link", { name: `Order #${number}` })).toBeVisible()
  await expect(page.getByRole("table", { name: /Online orders this place serves/ })).toContainText(
    "Handed over",
  )
})

test("a pickup at a centre that has just sold out is refused at checkout with the centre's words", async ({
  page,
}) => {
  await mailbox()
  const centre = await createCentre("Trung tâm OCOP vừa hết hàng")
  await pickupOptionAt(centre)
  const staff = await staffAccount([centre.id])
  const goods = await createCandidateProduct("Tiêu Chư Sê", { manageInventory: true })
  await recordCertificate(goods.product.id, { stars: 3, score: 65 })
  const at = `/staff/places/${centre.id}`
  await receiveGoods(staff.token, centre.id, goods, 1)

  await addToCartAndCheckout(page, goods.handle)
  await fillPickupAt(page, centre.name, {
    email: `sold-out-${unique()}@example.vn`,
    name: "Lê Thị Hoa",
    phone: "0905 123 456",
  })
  await continueToPayment(page)

  // Meanwhile the last unit is gone from the centre's shelf.
  await expectJson(
    await staffFetch(
      staff.token,
      `${at}/stocktakes`,
      post({ items: [{ variant_id: goods.variantId, counted: 0, reason: "Vỡ hũ" }] }),
    ),
    201,
  )
  await page.getByRole("radio", { name: /Thanh toán khi nhận hàng \(COD\)/ }).check()
  await page.getByRole("button", { name: "Đặt hàng" }).click()
  await expect(page.getByRole("alert")).toContainText(
    `${centre.name} không còn đủ hàng cho mọi sản phẩm trong giỏ`,
    { timeout: 30_000 },
  )
  await expect(page.getByRole("heading", { level: 1, name: "Thanh toán" })).toBeVisible()
})
