// A fair organiser's first fair, in the browser: the officer opens the account, the invitation
// email (at the SMTP server this test runs) links to the organiser portal's claim page; the
// organiser creates a fair, puts a certified product at a producer's booth, brings stock from a
// place an officer linked to the fair, sells at the fair counter, and the dashboard shows what
// sold and what is left. Another organiser gets the portal's 404 for the same fair.
import { expect, test, type Page } from "@playwright/test"
import { adminFetch } from "../support/admin-api"
import { expectJson, post } from "../support/http"
import { backendUrl } from "../support/env"
import { mailbox } from "../support/mailbox"
import {
  groundStock,
  linkPlace,
  moveFairStock,
  ORGANIZER_PASSWORD,
  organizerAccount,
} from "../support/organizer-api"
import { submitClaim, submitPortalLogin } from "../support/portals"
import { stockedPlace } from "../support/staff-api"

test.describe.configure({ timeout: 120_000 })

const HOUR = 3600_000
/** A `datetime-local` value in Vietnam time (UTC+7), as an organiser in Vietnam types it. */
const vietnamTime = (at: number) => new Date(at + 7 * HOUR).toISOString().slice(0, 16)

const signIn = (page: Page, email: string) =>
  submitPortalLogin(page, "organizer", email, ORGANIZER_PASSWORD)

test("an organiser claims the account, creates a fair, enters a certified product at a booth, brings stock from a linked place, sells at the fair counter and sees what is left; another organiser gets 404", async ({
  page,
  browser,
}) => {
  const { place, goods } = await stockedPlace("Trung tâm cấp hàng hội chợ", "Mật ong hội chợ")
  const email = `organizer-${Date.now().toString(36)}@example.com`
  const inbox = await mailbox()
  await expectJson(await adminFetch("/admin/ocop/organizer-users", post({ email })), 201)
  const mail = await inbox.next(email)
  const link = /https?:\/\/\S+\/organizer\/claim\?token=[A-Za-z0-9_-]{43}/.exec(mail.text)?.[0]
  expect(link, "the invitation email links to the organiser's claim page").toBeTruthy()

  await page.goto(link!)
  await expect(page.getByRole("heading", { name: "Kích hoạt tài khoản ban tổ chức" })).toBeVisible()
  await submitClaim(page, email, ORGANIZER_PASSWORD, "Chọn mật khẩu")
  await expect(page.getByRole("heading", { name: "Hội chợ của tôi" })).toBeVisible()
  await expect(page.getByText("Bạn chưa có hội chợ nào")).toBeVisible()

  // A fair that opened an hour ago and runs two more days.
  const slug = `hoi-cho-${Date.now().toString(36)}`
  const name = `Hội chợ OCOP ${slug}`
  const create = page.getByRole("form", { name: "Hội chợ mới" })
  await create.getByLabel("Tên (tiếng Việt)").fill(name)
  await create.getByLabel("Địa chỉ web").fill(slug)
  await create.getByLabel("Địa điểm").fill("Quảng trường 10/3")
  await create.getByLabel("Tỉnh/thành").fill("Đắk Lắk")
  await create.getByLabel("Xã/phường").fill("Buôn Ma Thuột")
  await create.getByLabel("Số nhà, đường").fill("Quảng trường 10/3")
  await create.getByLabel("Khai mạc").fill(vietnamTime(Date.now() - HOUR))
  await create.getByLabel("Bế mạc").fill(vietnamTime(Date.now() + 48 * HOUR))
  await create.getByRole("button", { name: "Tạo hội chợ" }).click()
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible()
  await expect(page.getByRole("status")).toContainText("Đã tạo hội chợ")
  const fairUrl = page.url()
  const fairId = decodeURIComponent(new URL(fairUrl).pathname.split("/").pop()!)

  // An officer links the place the stock comes from.
  await expectJson(await linkPlace(fairId, place.id), 201)

  const booth = page.getByRole("form", { name: "Thêm gian hàng" })
  await booth.getByLabel("Số gian hàng").fill("A01")
  await booth.getByLabel("Mã chủ thể").fill(goods.producer.id)
  await booth.getByRole("button", { name: "Thêm gian hàng" }).click()
  await expect(page.getByRole("status")).toContainText("Đã thêm gian hàng")

  const entry = page.getByRole("form", { name: "Nhập sản phẩm" })
  await entry.getByLabel("Mã sản phẩm").fill(goods.product.id)
  await entry.getByRole("button", { name: "Nhập sản phẩm" }).click()
  await expect(page.getByRole("status")).toContainText("Sản phẩm đã vào danh mục hội chợ")
  const booths = page.getByRole("table", { name: "Gian hàng" })
  await expect(booths.getByRole("row").filter({ hasText: "A01" })).toContainText("4★")

  // A fraction of a unit is refused next to its field, and nothing moves.
  const move = page.getByRole("form", { name: "Chuyển hàng" })
  await move.getByLabel("Điểm bán").selectOption(place.id)
  await move.getByLabel("Mã biến thể").fill(goods.variantId)
  await move.getByLabel("Số đơn vị").fill("1,5")
  await move.getByRole("button", { name: "Chuyển hàng" }).click()
  await expect(page.getByText("Nhập số đơn vị nguyên")).toBeVisible()
  const { token } = await organizerLogin(email)
  expect(await groundStock(token, fairId, goods.variantId)).toBe(0)
  await move.getByLabel("Số đơn vị").fill("3")
  await move.getByRole("button", { name: "Chuyển hàng" }).click()
  await expect(page.getByRole("status")).toContainText("Đã chuyển hàng")
  const stock = page.getByRole("table", { name: "Hàng tại hội chợ" })
  const line = stock.getByRole("row").filter({ hasText: goods.product.title }).getByRole("cell")
  await expect(line).toHaveText(["3", "3", "0"]) // on hand, available, sold

  const sale = page.getByRole("form", { name: "Bán tại quầy" })
  await sale.getByLabel("Số đơn vị").fill("1")
  await sale.getByRole("button", { name: "Ghi nhận bán" }).click()
  await expect(page.getByRole("status")).toContainText("Đã ghi nhận bán hàng")
  await expect(page.getByText("Đã bán 1 đơn vị")).toBeVisible()
  await expect(line).toHaveText(["2", "2", "1"])
  await page.setViewportSize({ width: 820, height: 1180 })
  await page.screenshot({ path: "../test-results/organizer-fair-tablet.png", fullPage: true })

  // Another organiser: the fair is not theirs, in the portal or through the API.
  const other = await organizerAccount()
  const stranger = await browser.newPage()
  await signIn(stranger, other.email)
  await expect(stranger.getByRole("heading", { name: "Hội chợ của tôi" })).toBeVisible()
  await expect(stranger.getByRole("link", { name })).toHaveCount(0)
  const response = await stranger.goto(fairUrl)
  expect(response?.status()).toBe(404)
  await expect(stranger.getByRole("heading", { name: "Không tìm thấy trang" })).toBeVisible()
  const refused = await moveFairStock(other.token, fairId, place.id, "to_fair", goods.variantId, 1)
  expect(refused.status).toBe(404)
  await stranger.close()
  // Two left on the ground: the stranger moved nothing.
  expect(await groundStock(token, fairId, goods.variantId)).toBe(2)
})

/** The organiser's API token, to read the fair ground's stock as the organiser sees it. */
async function organizerLogin(email: string): Promise<{ token: string }> {
  const res = await fetch(new URL("/auth/organizer/emailpass", backendUrl()), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: ORGANIZER_PASSWORD }),
  })
  return expectJson(res, 200)
}
