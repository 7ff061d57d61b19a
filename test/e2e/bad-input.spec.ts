// Bad input as a person meets it (issue #15, finding 9): a shop address holding a null byte is
// a page that says so, not "the service is not answering"; a staff member whose pasted delivery
// note hides a text-direction character, or who types 1,5 units, sees the field marked and
// nothing is received.
import { expect, test } from "@playwright/test"
import { createCandidateProduct, recordCertificate } from "../support/admin-api"
import { expectJson } from "../support/http"
import { createPlace, staffAccount, staffFetch } from "../support/staff-api"
import { submitStaffLogin } from "../support/staff-portal"

test("a shopper who opens a search address holding a null byte sees that it cannot be read, with the way home", async ({
  page,
}) => {
  const response = await page.goto("/products?q=c%C3%A0%20ph%C3%AA%00")
  expect(response?.status()).toBe(400)
  await expect(
    page.getByRole("heading", { name: "Địa chỉ này có ký tự không đọc được" }),
  ).toBeVisible()
  await expect(page.getByText("Hệ thống sản phẩm OCOP đang tạm thời không phản hồi")).toHaveCount(0)
  await page.getByRole("link", { name: "Về trang chủ" }).click()
  await expect(page).toHaveURL(/\/$/)
})

test("a staff member whose delivery note hides a text-direction character, or who types 1,5 units, sees the field marked and nothing is received", async ({
  page,
}) => {
  test.slow() // A producer, a certificate, a place and a staff account are made over HTTP first.
  const goods = await createCandidateProduct("Mật ong ký gửi", { manageInventory: true })
  await recordCertificate(goods.product.id, { stars: 4, score: 78 })
  const place = await createPlace("Điểm bán nhập liệu")
  const { email, token } = await staffAccount([place.id])
  const movements = async () =>
    (await expectJson(await staffFetch(token, `/staff/places/${place.id}/movements`), 200))
      .count as number

  await submitStaffLogin(page, email)
  await page.getByRole("link", { name: place.name }).click()
  const sections = page.getByRole("navigation", { name: "Quản lý hàng tại điểm bán" })
  await sections.getByRole("link", { name: "Nhận hàng" }).click()
  await expect(page.getByRole("heading", { name: "Nhận hàng từ chủ thể OCOP" })).toBeVisible()
  await page.getByLabel("Tìm chủ thể").fill(goods.producer.name)
  await page.getByRole("button", { name: "Tìm", exact: true }).click()
  await page
    .getByLabel("Chủ thể giao hàng")
    .selectOption({ label: `${goods.producer.name} (${goods.producer.province})` })
  await page.getByRole("button", { name: "Tiếp tục" }).click()
  await expect(page.getByText(goods.producer.name, { exact: true })).toBeVisible()

  const quantity = page.getByLabel(/^Số lượng nhận: /)
  await quantity.fill("1,5")
  await page.getByRole("button", { name: "Xác nhận nhận hàng" }).click()
  await expect(
    page.getByText("Chỉ nhập số nguyên, không dùng dấu chấm hay dấu phẩy."),
  ).toBeVisible()

  // Pasted from a message: "PX-001" with a right-to-left override that would show it reversed.
  await page.getByLabel("Số phiếu giao hàng").fill("PX\u202E-001")
  await page.getByLabel(/^Số lượng nhận: /).fill("4")
  await page.getByRole("button", { name: "Xác nhận nhận hàng" }).click()
  const note = page.getByLabel("Số phiếu giao hàng")
  await expect(note).toHaveAttribute("aria-invalid", "true")
  await expect(
    page.getByText(
      "Ô này có ký tự điều khiển hoặc ký tự ẩn (thường do dán từ nơi khác). Hãy gõ lại.",
    ),
  ).toBeVisible()
  await expect(page.getByText("Đã nhận hàng vào kệ.")).toHaveCount(0)
  expect(await movements()).toBe(0)
})
