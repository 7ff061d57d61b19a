// A producer applies for a booth in the producer portal; the fair's organiser accepts it in the
// organiser portal (booth assigned, the product entered), brings stock from a linked place and
// sells at the fair counter; the producer sees the booth. Another organiser gets 404 on the
// fair's applications.
import { expect, test } from "@playwright/test"
import { unique } from "../support/auth-api"
import { expectJson, post } from "../support/http"
import {
  createFair,
  linkPlace,
  ORGANIZER_PASSWORD,
  organizer,
  organizerAccount,
  organizerFetch,
} from "../support/organizer-api"
import { registerProducerUser } from "../support/producer-api"
import { stockedPlace } from "../support/staff-api"
import { openProducerSection, producerSignsIn, submitPortalLogin } from "../support/portals"

test.describe.configure({ timeout: 120_000 })

test("a producer applies for a booth, the organiser accepts, stocks the booth from a linked place and sells at the fair counter; another organiser gets 404", async ({
  page,
  browser,
}) => {
  const { place, goods } = await stockedPlace("Kho hội chợ đăng ký", "Cà phê đăng ký gian hàng")
  const owner = await organizerAccount()
  const fair = await createFair(owner.token, -0.05, 2)
  await expectJson(await linkPlace(fair.id, place.id), 201)
  const producerEmail = `producer-${unique()}@example.com`
  await registerProducerUser(producerEmail, goods.producer.id)

  // The producer applies in the portal.
  await producerSignsIn(page, producerEmail)
  await openProducerSection(page, "Hội chợ")
  const apply = page.getByRole("form", { name: `Đăng ký gian hàng tại Hội chợ OCOP ${fair.slug}` })
  await apply.getByRole("button").click()
  await expect(apply.getByRole("alert")).toContainText("Hãy chọn ít nhất một sản phẩm")
  await apply.getByLabel(goods.product.title).check()
  await apply.getByLabel("Lời nhắn cho ban tổ chức").fill("Cần một bàn pha cà phê")
  await apply.getByRole("button").click()
  await expect(page.getByRole("status")).toContainText("Đã gửi đơn đăng ký gian hàng")
  const mine = page.getByRole("table", { name: "Đơn đăng ký của tôi" })
  await expect(mine.getByRole("row").filter({ hasText: goods.product.title })).toContainText(
    "Chờ duyệt",
  )

  // The organiser accepts with a booth number, then stocks the booth and sells.
  const desk = await browser.newPage()
  await submitPortalLogin(desk, "organizer", owner.email, ORGANIZER_PASSWORD)
  await expect(desk.getByRole("heading", { name: "Hội chợ của tôi" })).toBeVisible()
  await desk.goto(`/organizer/fairs/${fair.id}`)
  const applications = desk.getByRole("table", { name: "Đơn đăng ký gian hàng" })
  await expect(applications).toContainText("Cần một bàn pha cà phê")
  const accept = desk.getByRole("form", { name: `Chấp nhận đơn của ${goods.producer.name}` })
  await accept.getByLabel("Số gian hàng").fill("B01")
  await accept.getByRole("button", { name: "Chấp nhận" }).click()
  await expect(desk.getByRole("status")).toContainText("Đã chấp nhận đơn")
  const booths = desk.getByRole("table", { name: "Gian hàng", exact: true })
  await expect(booths.getByRole("row").filter({ hasText: "B01" })).toContainText(
    goods.product.title,
  )

  const move = desk.getByRole("form", { name: "Chuyển hàng" })
  await move.getByLabel("Điểm bán").selectOption(place.id)
  await move.getByLabel("Mã biến thể").fill(goods.variantId)
  await move.getByLabel("Số đơn vị").fill("3")
  await move.getByRole("button", { name: "Chuyển hàng" }).click()
  await expect(desk.getByRole("status")).toContainText("Đã chuyển hàng")
  const sale = desk.getByRole("form", { name: "Bán tại quầy" })
  await sale.getByLabel("Số đơn vị").fill("1")
  await sale.getByRole("button", { name: "Ghi nhận bán" }).click()
  await expect(desk.getByRole("status")).toContainText("Đã ghi nhận bán hàng")
  const stock = desk.getByRole("table", { name: "Hàng tại hội chợ" })
  const line = stock.getByRole("row").filter({ hasText: goods.product.title }).getByRole("cell")
  await expect(line).toHaveText(["2", "2", "1"])
  await desk.close()

  // The producer sees the booth they got.
  await page.reload()
  await expect(mine.getByRole("row").filter({ hasText: goods.product.title })).toContainText(
    "Đã chấp nhận · gian hàng B01",
  )

  // Another organiser: the fair's applications are not theirs.
  const stranger = await organizer()
  const { applications: listed } = await expectJson(
    await organizerFetch(owner.token, `/organizer/fairs/${fair.id}/applications`),
    200,
  )
  const base = `/organizer/fairs/${fair.id}/applications`
  expect((await organizerFetch(stranger, base)).status).toBe(404)
  const decline = await organizerFetch(
    stranger,
    `${base}/${listed[0].id}/decline`,
    post({ reason: "Không phải của tôi" }),
  )
  expect(decline.status).toBe(404)
})
