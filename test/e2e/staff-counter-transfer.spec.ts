// A customer at the counter pays by bank transfer: the receipt shows the VietQR code for that
// sale's amount with the shop's account and the reference, so the customer scans and pays.
import { expect, test } from "@playwright/test"
import { createCandidateProduct, expectJson, post, recordCertificate } from "../support/admin-api"
import { createPlace, shelf, STAFF_PASSWORD, staffAccount, staffFetch } from "../support/staff-api"

test("a counter sale paid by transfer prints a receipt with the VietQR code for its amount", async ({
  page,
}) => {
  test.setTimeout(120_000)
  const place = await createPlace("Điểm bán chuyển khoản")
  const { email, token } = await staffAccount([place.id])
  const goods = await createCandidateProduct("Mật ong chuyển khoản", { manageInventory: true })
  await recordCertificate(goods.product.id, { stars: 4, score: 80 })
  await expectJson(
    await staffFetch(
      token,
      `/staff/places/${place.id}/receipts`,
      post({
        producer_id: goods.producer.id,
        items: [{ variant_id: goods.variantId, quantity: 5 }],
      }),
    ),
    201,
  )
  const title = (await shelf(token, place.id, goods.variantId))!.title

  await page.goto("/staff/login")
  await page.getByLabel("Email").fill(email)
  await page.getByLabel("Mật khẩu").fill(STAFF_PASSWORD)
  await page.getByRole("button", { name: "Đăng nhập" }).click()
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
