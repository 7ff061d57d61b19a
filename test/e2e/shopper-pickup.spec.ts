// A shopper collects the order at an OCOP centre that holds the stock: no address is needed,
// and the confirmation names the centre.
import { expect, test } from "@playwright/test"
import { addToCartAndCheckout, continueToPayment, fillContact, snapshot } from "../support/shop"

test.use({ locale: "vi-VN" })

test("a shopper picks up at an OCOP centre holding the stock and pays on collection", async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000)
  await addToCartAndCheckout(page, "ca-phe-robusta-buon-ma-thuot")

  await fillContact(page, {
    email: "pickup.shopper@example.vn",
    name: "Trần Văn Minh",
    phone: "0912 345 678",
  })

  const pickupChoices = page
    .getByRole("group", { name: "Nhận tại trung tâm OCOP" })
    .getByRole("radio")
  await snapshot(page, testInfo, "checkout-pickup-choices")
  await expect(
    pickupChoices,
    "no pickup option: the backend must offer a shipping option whose fulfillment set is of type " +
      '"pickup" at an OCOP centre (place with pickup: true) that holds this coffee',
  ).not.toHaveCount(0)

  // Each pickup choice is named after its centre; the address and hours describe it.
  const choice = pickupChoices.first()
  const centre = await choice.evaluate(
    (radio) =>
      document.getElementById(radio.getAttribute("aria-labelledby") ?? "")?.textContent ?? "",
  )
  expect(centre).not.toBe("")
  await expect(choice).toHaveAccessibleDescription(/Địa chỉ: .+/)
  await choice.check()
  // A pickup needs no address: the centre is where the order goes.
  await expect(page.getByRole("group", { name: "Địa chỉ giao hàng" })).toBeHidden()
  await continueToPayment(page)
  await expect(page.getByRole("region", { name: "Giao nhận" })).toContainText(centre)
  await page.getByRole("radio", { name: /Thanh toán khi nhận hàng \(COD\)/ }).check()
  await page.getByRole("button", { name: "Đặt hàng" }).click()

  await expect(page.getByRole("heading", { level: 1, name: /Đã đặt đơn hàng số \d+/ })).toBeVisible(
    { timeout: 30_000 },
  )
  await expect(page.getByRole("region", { name: "Giao nhận" })).toContainText(centre)
  await snapshot(page, testInfo, "confirmation-pickup")
})
