// A day at a sales point's counter: the staff member opens the shift with the drawer's cash,
// sells, takes one unit back (the receipt shows the refund), and closes the shift with the cash
// counted — the close report sets expected against counted cash, ready to print.
import { expect, test, type Page } from "@playwright/test"
import { shelf, stockedPlace } from "../support/staff-api"
import { submitStaffLogin } from "../support/staff-portal"

test.describe.configure({ timeout: 120_000 })

const vnd = (amount: number) =>
  new Intl.NumberFormat("vi-VN", {
    style: "currency",
    currency: "VND",
    maximumFractionDigits: 0,
  }).format(amount)

async function signIn(page: Page, email: string) {
  await submitStaffLogin(page, email)
  await expect(page.getByRole("heading", { name: "Điểm bán của tôi" })).toBeVisible()
}

test("a staff member opens the shift, sells, refunds one unit on the receipt, and closes the shift with expected against counted cash", async ({
  page,
}) => {
  const { place, email, token, goods } = await stockedPlace("Quầy một ngày", "Mật ong ca ngày")
  const title = (await shelf(token, place.id, goods.variantId))!.title

  await signIn(page, email)
  await page.getByRole("link", { name: place.name }).click()
  const sections = page.getByRole("navigation", { name: "Quản lý hàng tại điểm bán" })

  // Open the shift with 200 000 đ in the drawer, written as people write it.
  await sections.getByRole("link", { name: "Ca bán hàng" }).click()
  await expect(page.getByRole("heading", { name: "Ca bán hàng", level: 1 })).toBeVisible()
  await expect(page.getByText("Chưa có ca nào")).toBeVisible()
  await page.getByLabel("Tiền mặt đầu ca (₫)").fill("200.000")
  await page.getByRole("button", { name: "Mở ca" }).click()
  await expect(page.getByText("Đã mở ca bán hàng.")).toBeVisible()
  await expect(page.getByRole("heading", { name: "Ca đang mở" })).toBeVisible()

  // Sell two units in cash.
  await sections.getByRole("link", { name: "Bán tại quầy" }).click()
  await page.getByLabel(`Số lượng bán: ${title}`).fill("2")
  await page.getByRole("radio", { name: "Tiền mặt" }).check()
  await page.getByRole("button", { name: "Xác nhận bán và in hoá đơn" }).click()
  const receipt = page.getByRole("article", { name: "Hoá đơn bán hàng" })
  await expect(receipt.getByRole("row", { name: /Tổng cộng/ })).toContainText(vnd(170_000))

  // The customer brings one back: refunded in cash, on the receipt.
  await page.getByRole("link", { name: "Trả hàng / đổi hàng" }).click()
  await expect(page.getByRole("heading", { name: "Trả hàng / đổi hàng", level: 1 })).toBeVisible()
  await page.getByLabel(`Số lượng trả: ${title}`).fill("3")
  await page.getByRole("button", { name: "Xác nhận trả hàng" }).click()
  await expect(page.getByText("Nhiều hơn số còn có thể trả của dòng này.")).toBeVisible()
  await page.getByLabel(`Số lượng trả: ${title}`).fill("1")
  await page.getByRole("button", { name: "Xác nhận trả hàng" }).click()
  await expect(page.getByText("Đã nhận hàng trả lại và đưa lên kệ.")).toBeVisible()
  const refund = receipt.getByRole("region", { name: /Trả hàng/ })
  await expect(refund.getByRole("row").filter({ hasText: title })).toContainText("−1")
  await expect(refund.getByRole("row", { name: /Hoàn tiền \(Tiền mặt\)/ })).toContainText(
    vnd(85_000),
  )
  await expect(receipt.getByText("Còn lại sau trả hàng")).toBeVisible()
  await expect(receipt).toContainText(vnd(85_000))
  await page.screenshot({ path: "../test-results/staff-receipt-refund.png", fullPage: true })
  expect((await shelf(token, place.id, goods.variantId))!.stocked).toBe(4)
  await page.getByRole("link", { name: "Tất cả hoá đơn" }).click()
  await expect(page.getByRole("row").filter({ hasText: `Đã hoàn ${vnd(85_000)}` })).toHaveCount(1)

  // Close the shift: 200 000 + 170 000 − 85 000 = 285 000 expected; 280 000 counted.
  await sections.getByRole("link", { name: "Ca bán hàng" }).click()
  const open = page.getByRole("region", { name: "Ca đang mở" })
  await expect(open.getByRole("row", { name: /Tiền mặt dự kiến/ })).toContainText(vnd(285_000))
  await page.getByLabel("Tiền mặt đếm được khi đóng ca (₫)").fill("280000")
  await page.getByRole("button", { name: "Đóng ca" }).click()

  const report = page.getByRole("article", { name: "Báo cáo đóng ca" })
  await expect(report).toBeVisible()
  await expect(page.getByText("Đã đóng ca. Bạn có thể in báo cáo đóng ca.")).toBeVisible()
  await expect(report.getByText(place.name)).toBeVisible()
  await expect(report.getByRole("row", { name: /Bán — tiền mặt/ })).toContainText(vnd(170_000))
  await expect(report.getByRole("row", { name: /Hoàn tiền — tiền mặt/ })).toContainText(vnd(85_000))
  await expect(report.getByRole("row", { name: /Tiền mặt đầu ca/ })).toContainText(vnd(200_000))
  await expect(report.getByRole("row", { name: /Tiền mặt dự kiến/ })).toContainText(vnd(285_000))
  await expect(report.getByRole("row", { name: /Tiền mặt đếm được/ })).toContainText(vnd(280_000))
  await expect(report.getByRole("row", { name: /Thiếu/ })).toContainText(vnd(-5_000))
  await expect(page.getByRole("button", { name: "In báo cáo" })).toBeVisible()
  await page.emulateMedia({ media: "print" })
  await expect(sections).toBeHidden()
  await expect(page.getByRole("button", { name: "In báo cáo" })).toBeHidden()
  await expect(report).toBeVisible()
  await page.screenshot({ path: "../test-results/staff-shift-close-print.png", fullPage: true })
  await page.emulateMedia({ media: "screen" })

  // The closed shift is listed with its figures, and no shift is open any more.
  await page.getByRole("link", { name: "Tất cả ca bán hàng" }).click()
  await expect(page.getByRole("heading", { name: "Mở ca", exact: true })).toBeVisible()
  const listed = page.getByRole("table", { name: "Các ca bán hàng của quầy, mới nhất trước" })
  await expect(listed.getByRole("row")).toHaveCount(2)
  await expect(listed).toContainText(vnd(280_000))
})
