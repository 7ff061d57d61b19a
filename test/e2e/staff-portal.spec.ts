// Sales-point staff at the counter and the shelf: a sale with its receipt (read back from the
// place's receipts, the shelf one fewer), goods received from their producer, and goods sent to
// another place picked by its province, and a stock history naming who moved the goods. Staff
// accounts are opened by an officer and claimed over the API, as a new staff member would on
// their first day (the seed has no staff demo account).
import { expect, test, type Page } from "@playwright/test"
import { adminFetch } from "../support/admin-api"
import { expectJson } from "../support/http"
import { organizer, organizerFetch, stockedFair } from "../support/organizer-api"
import {
  createPlace,
  shelf,
  STAFF_PASSWORD,
  staffAccount,
  stockedPlace,
} from "../support/staff-api"
import { storeFetch } from "../support/store-api"
import { submitStaffLogin } from "../support/staff-portal"

const HANDLE = "ca-phe-robusta-buon-ma-thuot"

// Each story signs in and opens several pages (16–30 s on a quiet run): like the other specs,
// more than Playwright's default 30 s, so a busy machine does not fail them half-way.
test.describe.configure({ timeout: 90_000 })

type Availability = { id: string; name: string; quantities: Record<string, number> }
type Variant = { id: string; title: string; price: { amount: number } | null }

/** A place holding the seeded coffee, and one of its variants with units available there. */
async function placeWithStock() {
  const { product } = await expectJson(await storeFetch(`/store/ocop/products/${HANDLE}`), 200)
  const variants: Variant[] = product.variants
  for (const place of product.availability as Availability[]) {
    const variant = variants.find((candidate) => (place.quantities[candidate.id] ?? 0) > 1)
    if (variant?.price) return { place, variant, price: variant.price.amount }
  }
  throw new Error(`no place holds ${HANDLE}: was the seed run?`)
}

/** A staff account of the place (an officer opens it, the person claims it), signed in. */
async function claimedStaffAccount(placeId: string) {
  const { places } = await expectJson(await adminFetch("/admin/ocop/places"), 200)
  expect(places.map((place: { id: string }) => place.id)).toContain(placeId)
  return staffAccount([placeId])
}

/** The shelf row's title as the staff API names it ("Product — Variant"). */
async function shelfTitle(token: string, placeId: string, variantId: string) {
  return (await shelf(token, placeId, variantId))!.title
}

/** Signs in on the staff login page. */
async function signIn(page: Page, email: string) {
  await submitStaffLogin(page, email)
}

/** The "On shelf" figure of a product's row in the shelf table. */
async function onShelf(page: Page, productTitle: string, variantTitle: string) {
  const table = page.getByRole("table", { name: "Hàng trên kệ của điểm bán" })
  const row = table
    .getByRole("row")
    .filter({ hasText: productTitle })
    .filter({ hasText: variantTitle })
  await expect(row).toHaveCount(1)
  const headers = await table.getByRole("columnheader").allTextContents()
  const column = headers.indexOf("Trên kệ")
  return Number(
    await row
      .getByRole("cell")
      .nth(column - 1)
      .textContent(),
  )
}

test("a staff member sells one unit at the counter, prints the receipt, finds it again among the place's receipts, and the shelf holds one fewer", async ({
  page,
}) => {
  const { place, variant, price } = await placeWithStock()
  const { email, token } = await claimedStaffAccount(place.id)
  const title = await shelfTitle(token, place.id, variant.id)
  const [productTitle, variantTitle] = title.split(" — ")

  await page.goto("/staff")
  await expect(page.getByRole("heading", { name: "Đăng nhập nhân viên" })).toBeVisible()
  await page.getByLabel("Email").fill(email)
  await page.getByLabel("Mật khẩu").fill(STAFF_PASSWORD)
  await page.getByRole("button", { name: "Đăng nhập" }).click()

  await expect(page.getByRole("heading", { name: "Điểm bán của tôi" })).toBeVisible()
  await page.getByRole("link", { name: place.name }).click()
  await expect(page.getByRole("heading", { name: "Hàng trên kệ", level: 1 })).toBeVisible()
  const before = await onShelf(page, productTitle, variantTitle)
  expect(before).toBeGreaterThan(1)

  const sections = page.getByRole("navigation", { name: "Quản lý hàng tại điểm bán" })
  await sections.getByRole("link", { name: "Bán tại quầy" }).click()
  await expect(page.getByRole("heading", { name: "Bán tại quầy", level: 1 })).toBeVisible()
  await page.getByLabel(`Số lượng bán: ${title}`).fill("1")
  await page.getByRole("radio", { name: "Tiền mặt" }).check()
  await page.getByRole("button", { name: "Xác nhận bán và in hoá đơn" }).click()

  const receipt = page.getByRole("article", { name: "Hoá đơn bán hàng" })
  await expect(receipt).toBeVisible()
  await expect(receipt.getByText(place.name)).toBeVisible()
  await expect(receipt.getByText("Tiền mặt")).toBeVisible()
  await expect(receipt.getByText(/^#\d+ · order_/)).toBeVisible()
  const line = receipt.getByRole("row").filter({ hasText: title })
  await expect(line.getByRole("cell").first()).toHaveText("1")
  const total = new Intl.NumberFormat("vi-VN", {
    style: "currency",
    currency: "VND",
    maximumFractionDigits: 0,
  }).format(price)
  await expect(receipt.getByRole("row", { name: /Tổng cộng/ })).toContainText(total)
  await expect(page.getByRole("button", { name: "In hoá đơn" })).toBeVisible()
  await page.setViewportSize({ width: 820, height: 1180 })
  await page.screenshot({ path: "../test-results/staff-receipt-tablet.png", fullPage: true })

  const receiptUrl = page.url()
  const number = (await receipt.getByText(/^#\d+ · order_/).textContent())!.match(/^#(\d+)/)![1]

  // The receipt is the place's: read back from the receipts list, on a fresh page load.
  await page.getByRole("link", { name: "Tất cả hoá đơn" }).click()
  await expect(page.getByRole("heading", { name: "Hoá đơn bán tại quầy", level: 1 })).toBeVisible()
  const link = page.getByRole("link", { name: `Số ${number}`, exact: true })
  const listed = page.getByRole("row").filter({ has: link })
  await expect(listed).toHaveCount(1)
  await expect(listed).toContainText("Tiền mặt")
  await expect(listed).toContainText(total)
  await link.click()
  await expect(page).toHaveURL(receiptUrl)
  const again = page.getByRole("article", { name: "Hoá đơn bán hàng" })
  await expect(again.getByRole("row").filter({ hasText: title })).toBeVisible()
  await expect(again.getByText(email)).toBeVisible()
  await expect(again.getByRole("row", { name: /Tổng cộng/ })).toContainText(total)

  await sections.getByRole("link", { name: "Hàng trên kệ" }).click()
  await expect(page.getByRole("heading", { name: "Hàng trên kệ", level: 1 })).toBeVisible()
  expect(await onShelf(page, productTitle, variantTitle)).toBe(before - 1)
  await page.screenshot({ path: "../test-results/staff-stock-tablet.png", fullPage: true })
})

test("a staff member receives a producer's goods by finding the producer and picking from its goods", async ({
  page,
}) => {
  const { place, variant } = await placeWithStock()
  const { product } = await expectJson(await storeFetch(`/store/ocop/products/${HANDLE}`), 200)
  const producerName = product.producer.name as string
  const { email, token } = await claimedStaffAccount(place.id)
  const title = await shelfTitle(token, place.id, variant.id)
  const [productTitle, variantTitle] = title.split(" — ")

  await signIn(page, email)
  await page.getByRole("link", { name: place.name }).click()
  const before = await onShelf(page, productTitle, variantTitle)

  const sections = page.getByRole("navigation", { name: "Quản lý hàng tại điểm bán" })
  await sections.getByRole("link", { name: "Nhận hàng" }).click()
  await page.getByLabel("Tìm chủ thể").fill(productTitle)
  await page.getByRole("button", { name: "Tìm", exact: true }).click()
  await page
    .getByLabel("Chủ thể giao hàng")
    .selectOption({ label: `${producerName} (${product.producer.province})` })
  await page.getByRole("button", { name: "Tiếp tục" }).click()
  await expect(page.getByText(producerName, { exact: true })).toBeVisible()
  await page.getByLabel("Số phiếu giao hàng").fill("PX-E2E")
  await page.getByLabel(`Số lượng nhận: ${title}`).fill("4")
  await page.getByRole("button", { name: "Xác nhận nhận hàng" }).click()

  await expect(page.getByText("Đã nhận hàng vào kệ.")).toBeVisible()
  expect(await onShelf(page, productTitle, variantTitle)).toBe(before + 4)
})

test("a staff member sends goods to another place picked by its province, and the transfer names it", async ({
  page,
}) => {
  const { place, variant } = await placeWithStock()
  const destination = await createPlace("Điểm nhận hàng chuyển")
  const { email, token } = await claimedStaffAccount(place.id)
  const title = await shelfTitle(token, place.id, variant.id)

  await signIn(page, email)
  await page.getByRole("link", { name: place.name }).click()
  const sections = page.getByRole("navigation", { name: "Quản lý hàng tại điểm bán" })
  await sections.getByRole("link", { name: "Điều chuyển" }).click()
  await page.getByRole("link", { name: "Chuyển hàng đi" }).click()
  await expect(page.getByRole("heading", { name: "Chuyển hàng tới điểm khác" })).toBeVisible()

  // The network has thousands of places: the province first, then its places.
  await expect(page.getByLabel("Điểm nhận", { exact: true })).toHaveCount(0)
  await page.getByLabel("Tỉnh, thành phố của điểm nhận").selectOption("Đắk Lắk")
  await page.getByRole("button", { name: "Xem các điểm nhận" }).click()
  const destinations = page.getByLabel("Điểm nhận", { exact: true })
  await expect(destinations.getByRole("option", { name: place.name })).toHaveCount(0)
  await destinations.selectOption({ label: destination.name })
  await page.getByLabel(`Số lượng chuyển: ${title}`).fill("1")
  await page.getByRole("button", { name: "Gửi hàng" }).click()

  await expect(page.getByRole("heading", { name: "Điều chuyển hàng", level: 1 })).toBeVisible()
  await expect(page.getByText(`Chuyển tới ${destination.name}`)).toBeVisible()
})

test("a wrong password is refused with the email kept; a place the staff member does not work at is a not-found page with the way back", async ({
  page,
}) => {
  const { place } = await placeWithStock()
  const elsewhere = await createPlace("Điểm bán không thuộc tài khoản")
  const { email } = await claimedStaffAccount(place.id)

  await submitStaffLogin(page, email, `${STAFF_PASSWORD}-sai`)
  await expect(page.getByRole("alert")).toHaveText("Email hoặc mật khẩu chưa đúng.")
  await expect(page.getByLabel("Email")).toHaveValue(email)
  await page.getByLabel("Mật khẩu").fill(STAFF_PASSWORD)
  await page.getByRole("button", { name: "Đăng nhập" }).click()
  await expect(page.getByRole("heading", { name: "Điểm bán của tôi" })).toBeVisible()

  const response = await page.goto(`/staff/places/${elsewhere.id}`)
  expect(response?.status()).toBe(404)
  const alert = page.getByRole("alert")
  await expect(alert.getByRole("heading", { name: "Không tìm thấy trang" })).toBeVisible()
  await expect(alert.getByRole("link", { name: "Thử lại" })).toHaveCount(0)
  await alert.getByRole("link", { name: "Về trang điểm bán của tôi" }).click()
  await expect(page.getByRole("heading", { name: "Điểm bán của tôi" })).toBeVisible()
})

test("the stock history names who moved the goods: the staff member, and a fair's organiser by name", async ({
  page,
}) => {
  const { place, email, goods } = await stockedPlace("Trung tâm có lịch sử", "Hàng đi hội chợ")
  const fairOrganizer = await organizer()
  const { organizer_user } = await expectJson(
    await organizerFetch(fairOrganizer, "/organizer/me"),
    200,
  )
  await stockedFair(fairOrganizer, place, goods, 2)

  await signIn(page, email)
  await page.getByRole("link", { name: place.name }).click()
  const sections = page.getByRole("navigation", { name: "Quản lý hàng tại điểm bán" })
  await sections.getByRole("link", { name: "Lịch sử" }).click()
  const history = page.getByRole("table", { name: "Các lần hàng trên kệ thay đổi, mới nhất trước" })
  const rows = history.getByRole("row")
  await expect(rows.filter({ hasText: "Chuyển đi" })).toContainText(
    `Ban tổ chức hội chợ ${organizer_user.email}`,
  )
  await expect(rows.filter({ hasText: "Nhận hàng" })).toContainText("Bạn")
})
