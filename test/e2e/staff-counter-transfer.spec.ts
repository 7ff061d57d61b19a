// A customer at the counter pays by bank transfer: the receipt shows the VietQR code for that
// sale's amount with the shop's account and the reference, so the customer scans and pays.
import { expect, test } from "@playwright/test"
import { shelf, stockedPlace } from "../support/staff-api"
import { submitStaffLogin } from "../support/staff-portal"

test("a counter sale paid by transfer prints a receipt with the VietQR code for its amount", async ({
  page,
}) => {
  test.setTimeout(120_000)
  const { place, email, token, goods } = await stockedPlace(
    "Điểm bán chuyển khoản",
    "Mật ong chuyển khoản",
  )
  const title = (await shelf(token, place.id, goods.variantId))!.title

  await submitStaffLogin(page, email)
  await page.getByRole("link", { name: place.name }).click()
  await page
    .getByRole("navigation", { name: "Quản lý hàng tại điểm bán" })
    .getByRole("link", { name: "Bán tại quầy" })
    .click()
  await page.getByLabel(`Số lượng bán: ${title}`).fill("2")
  await page.getByRole("radio", { name: "Chuyển khoản" }).check()
  await page.getByRole("button", { name: "Xác nhận bán và in hoá đơn" }).click()

  const receipt = page.getByRole("article", { name: "Hoá đơn bán hàng" })
  await expect(receipt).toBeVisible()
  const number = (await receipt.getByText(/^#\d+ · order_/).textContent())!.match(/^#(\d+)/)![1]
  const total = await receipt
    .getByRole("row", { name: /Tổng cộng/ })
    .getByRole("cell")
    .innerText()
  const transfer = receipt.getByRole("region", { name: "Chuyển khoản bằng VietQR" })
  await expect(
    transfer.getByRole("img", { name: `Mã VietQR chuyển ${total}, nội dung OCOP ${number}` }),
  ).toBeVisible()
  await expect(transfer.getByText("Vietcombank")).toBeVisible()
  await expect(transfer.getByText(`OCOP ${number}`, { exact: true })).toBeVisible()
  await expect(transfer.getByText(total, { exact: true })).toBeVisible()
  await page.screenshot({ path: "../test-results/staff-receipt-vietqr.png", fullPage: true })
})
