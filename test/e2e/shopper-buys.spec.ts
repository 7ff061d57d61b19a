// A Vietnamese shopper on a phone finds Buôn Ma Thuột coffee by typing without diacritics,
// checks that it is a certified OCOP product, buys it with cash on delivery, and finds the
// order in their account after logging in.
import { expect, test } from "@playwright/test"
import { continueToPayment, fillDeliveryInDakLak, snapshot } from "../support/shop"

test.use({ viewport: { width: 412, height: 915 }, locale: "vi-VN" })

const coffee = "Cà phê Robusta Buôn Ma Thuột rang xay"

test("a shopper searches without diacritics, buys with cash on delivery and sees the order in their account", async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000)
  await page.goto("/")
  await expect(
    page.getByRole("heading", { level: 1, name: "Đặc sản vùng miền, đã được chứng nhận OCOP" }),
  ).toBeVisible()
  await expect(page.getByRole("heading", { name: "Sản phẩm OCOP 5 sao" })).toBeVisible()
  await expect(page.getByRole("heading", { name: "Khám phá theo nhóm sản phẩm" })).toBeVisible()
  await expect(page.getByRole("heading", { name: "Khám phá theo tỉnh" })).toBeVisible()
  await expect(page.getByRole("heading", { name: "Mới được chứng nhận" })).toBeVisible()
  await snapshot(page, testInfo, "home")

  await page
    .getByRole("navigation", { name: "Điều hướng chính" })
    .getByRole("link", { name: "Sản phẩm" })
    .click()
  const search = page.getByRole("search", { name: "Tìm và lọc sản phẩm" })
  await search.getByLabel("Tìm kiếm").fill("ca phe buon ma thuot")
  await search.getByRole("button", { name: "Tìm sản phẩm" }).click()
  await expect(page).toHaveURL(/q=ca\+phe\+buon\+ma\+thuot/)
  await snapshot(page, testInfo, "search-results")
  await page.getByRole("link", { name: coffee, exact: true }).click()

  // The product page proves the product is OCOP-certified and says where it is on a shelf.
  await expect(page.getByRole("heading", { level: 1, name: coffee, exact: true })).toBeVisible()
  await expect(page.getByText("Sản phẩm OCOP 5 sao").first()).toBeAttached()
  const certificate = page.getByRole("region", { name: "Giấy chứng nhận OCOP" })
  await expect(certificate.getByText("Còn hiệu lực")).toBeVisible()
  const verify = certificate.getByRole("link", { name: "Tra cứu giấy chứng nhận này" })
  const certificateNumber = decodeURIComponent(
    (await verify.getAttribute("href"))?.split("/verify/")[1] ?? "",
  )
  expect(certificateNumber).not.toBe("")
  await expect(certificate.getByText(certificateNumber, { exact: true })).toBeVisible()
  await expect(
    certificate.getByRole("img", { name: "Mã QR dẫn tới trang tra cứu giấy chứng nhận" }),
  ).toBeVisible()
  await expect(page.getByText("Câu chuyện sản phẩm")).toBeVisible()
  await expect(page.locator(".story__body")).not.toBeEmpty()
  await expect(page.getByRole("region", { name: "Có hàng tại các điểm OCOP" })).toBeVisible()
  await snapshot(page, testInfo, "product")

  await page.getByRole("radio", { name: /250 g/ }).check()
  await page.getByLabel("Số lượng").fill("2")
  await page.getByRole("button", { name: "Thêm vào giỏ hàng" }).click()
  await expect(page.getByRole("status")).toContainText("Đã thêm 2 × 250 g vào giỏ hàng.")
  await page.getByRole("link", { name: "Xem giỏ hàng" }).click()

  await expect(page.getByRole("heading", { level: 1, name: "Giỏ hàng" })).toBeVisible()
  await expect(page.getByRole("heading", { name: coffee, exact: true })).toBeVisible()
  await expect(page.getByRole("spinbutton", { name: `Số lượng: ${coffee}` })).toHaveValue("2")
  await snapshot(page, testInfo, "cart")
  await page.getByRole("link", { name: "Tiến hành thanh toán" }).click()

  await expect(page.getByRole("heading", { level: 1, name: "Thông tin giao nhận" })).toBeVisible({
    timeout: 30_000,
  })
  await fillDeliveryInDakLak(page, {
    email: "shopper@ocop.vn",
    name: "Nguyễn Thị Lan",
    phone: "0905 123 456",
    commune: "Ea Kar",
    street: "12 Lê Lợi",
  })
  await snapshot(page, testInfo, "checkout-delivery")
  await continueToPayment(page)
  await expect(page.getByRole("radio", { name: /Chuyển khoản ngân hàng \(VietQR\)/ })).toBeVisible()
  await page.getByRole("radio", { name: /Thanh toán khi nhận hàng \(COD\)/ }).check()
  await snapshot(page, testInfo, "checkout-payment")
  await page.getByRole("button", { name: "Đặt hàng" }).click()

  const confirmation = page.getByRole("heading", { level: 1, name: /Đã đặt đơn hàng số \d+/ })
  await expect(confirmation).toBeVisible({ timeout: 30_000 })
  const orderNumber = (await confirmation.textContent())?.match(/\d+/)?.[0]
  await expect(page.getByText(/bằng tiền mặt khi nhận hàng/)).toBeVisible()
  await snapshot(page, testInfo, "confirmation")

  await page.getByRole("link", { name: "Đăng nhập để theo dõi đơn hàng" }).click()
  await page.getByLabel("Email").fill("shopper@ocop.vn")
  await page.getByLabel("Mật khẩu").fill("Ocop@2026")
  await page.getByRole("button", { name: "Đăng nhập" }).click()

  await expect(page.getByRole("heading", { level: 1, name: "Tài khoản của tôi" })).toBeVisible()
  const order = page.getByRole("article", { name: `Đơn hàng số ${orderNumber}` })
  await expect(order).toBeVisible()
  await expect(order).toContainText(coffee)
  await expect(order).toContainText("Thanh toán khi nhận hàng (COD)")
  await snapshot(page, testInfo, "account")
})
