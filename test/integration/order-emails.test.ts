// A placed order is announced by email (issue #17): the shopper gets their order — every line in
// whole đồng, shipping, total, how they pay, a private link — in the language they shopped in;
// each producer's people get only their own lines, the number, the date and the province,
// never the shopper's name, email, phone or street address.
import { beforeAll, describe, expect, it } from "vitest"
import { adminFetch, certifiedGoods, type Goods, regionId } from "../support/admin-api"
import { expectJson, post } from "../support/http"
import { shipAndPay, shopperAddress } from "../support/checkout"
import { storefrontUrl } from "../support/env"
import { mailbox, type Mail } from "../support/mailbox"
import { placeOrder, unique } from "../support/orders"
import { registerProducerUser } from "../support/producer-api"
import { storeFetch } from "../support/store-api"

let mine: Goods
let theirs: Goods
const myUser = `producer-${unique()}@example.com`
const myEnglishUser = `producer-en-${unique()}@example.com`

/** Intl writes "85.000 ₫" with a no-break space; the assertions use a plain one. */
const plain = (mail: Mail): Mail => ({
  ...mail,
  subject: mail.subject.replace(/\u00a0/g, " "),
  text: mail.text.replace(/\u00a0/g, " "),
  html: mail.html.replace(/\u00a0/g, " "),
})
const next = async (to: string) => plain(await (await mailbox()).next(to))

/** The next mail to `to` whose subject names `needle`, passing over earlier orders' mail. */
async function mailAbout(to: string, needle: string): Promise<Mail> {
  for (;;) {
    const mail = await next(to)
    if (mail.subject.includes(needle)) return mail
  }
}

beforeAll(async () => {
  ;[mine, theirs] = [
    await certifiedGoods("Quế Trà My", { stars: 4, score: 74 }),
    await certifiedGoods("Gạo séng cù", { stars: 3, score: 57 }),
  ]
  await registerProducerUser(myUser, mine.producer.id)
  // An invited user, in English: approved at once, written to in the invitation's language.
  await expectJson(
    await adminFetch(
      "/admin/ocop/producer-users",
      post({ email: myEnglishUser, producer_id: mine.producer.id, locale: "en" }),
    ),
    201,
  )
  await next(myEnglishUser) // the invitation itself
}, 120_000)

describe("the shopper's order email", () => {
  it("lists every line in whole đồng, shipping, total and how they pay, in Vietnamese, with a private link", async () => {
    const placed = await placeOrder([mine.variantId, theirs.variantId], {
      paymentMethod: "bank_transfer",
    })
    const mail = await next(placed.email)
    const n = placed.order.display_id
    expect(mail.subject).toBe(`Đã nhận đơn hàng #${n} trên sàn OCOP`)
    for (const part of [mail.text, mail.html]) {
      expect(part).toContain(mine.product.title)
      expect(part).toContain(theirs.product.title)
      expect(part).toContain("85.000 ₫")
    }
    expect(mail.text).toContain(`${mine.product.title} (250 g): Số lượng 1 · Đơn giá 85.000 ₫`)
    expect(mail.text).toMatch(/Phí giao hàng: [\d.]+ ₫/)
    expect(mail.text).toMatch(/Tổng cộng: [\d.]+ ₫/)
    expect(mail.text).toContain(`Chuyển khoản ngân hàng (VietQR)`)
    expect(mail.text).toContain(`nội dung chuyển khoản "OCOP ${n}"`)
    expect(mail.html).toMatch(/<table[\s\S]*<td[^>]*>1<\/td>/)

    // The link opens the order page in any browser: the token moves into its session cookie.
    const link = /(http\S+\/orders\/\S+\/confirmation\?token=[\w-]{43})/.exec(mail.text)?.[1]
    expect(link).toBe(
      `${storefrontUrl()}/orders/${placed.order.id}/confirmation?token=${placed.accessToken}`,
    )
    expect(mail.html).toContain(`href="${link}"`)
    const opened = await fetch(link as string, { redirect: "manual" })
    expect(opened.status).toBe(302)
    expect(opened.headers.get("location")).toBe(`/orders/${placed.order.id}/confirmation`)
    const cookie = (opened.headers.get("set-cookie") ?? "").split(";")[0]
    const page = await fetch(new URL(`/orders/${placed.order.id}/confirmation`, storefrontUrl()), {
      headers: { cookie },
    })
    expect(page.status).toBe(200)
    expect(await page.text()).toContain(String(n))
  })

  it("opens nothing with another order's token or a malformed one (404, no session)", async () => {
    const [one, other] = [
      await placeOrder([theirs.variantId]),
      await placeOrder([theirs.variantId]),
    ]
    const page = (id: string, token: string) =>
      fetch(
        new URL(`/orders/${id}/confirmation?${new URLSearchParams({ token })}`, storefrontUrl()),
        { redirect: "manual" },
      )
    for (const token of [other.accessToken as string, "x".repeat(43), "short", ""]) {
      const res = await page(one.order.id, token)
      expect(res.status).toBe(404)
      expect(res.headers.get("set-cookie") ?? "").not.toContain("ocop_session")
    }
  })

  it("is written in English when the shopper shopped in English", async () => {
    const placed = await placeOrder([mine.variantId], { locale: "en", paymentMethod: "cod" })
    const mail = await next(placed.email)
    expect(mail.subject).toBe(`Order #${placed.order.display_id} received on the OCOP marketplace`)
    expect(mail.text).toContain("Quantity 1 · Unit price ₫85,000 · Line total ₫85,000")
    expect(mail.text).toContain("Cash on delivery (COD)")
    expect(mail.text).toContain(
      `${storefrontUrl()}/en/orders/${placed.order.id}/confirmation?token=`,
    )
    expect(mail.html).toContain('<html lang="en">')
  })

  it("keeps no access token in the stored notification", async () => {
    const placed = await placeOrder([theirs.variantId])
    await next(placed.email)
    type Stored = {
      resource_id?: string
      template?: string
      status?: string
      data?: Record<string, unknown>
    }
    let notifications: Stored[] = []
    let stored: Stored | undefined
    const settled = () => stored?.status === "success" && stored.data?.access_token === null
    // The record is marked sent, then wiped, a moment after the SMTP server took the message.
    for (let attempt = 0; attempt < 20 && !settled(); attempt++) {
      if (attempt) await new Promise((resolve) => setTimeout(resolve, 250))
      ;({ notifications } = await expectJson<{ notifications: Stored[] }>(
        await adminFetch(`/admin/notifications?limit=100&order=-created_at&fields=%2Bstatus`),
        200,
      ))
      stored = notifications.find(
        (row) => row.resource_id === placed.order.id && row.template === "ocop-order-placed",
      )
    }
    expect(stored?.status).toBe("success")
    expect(stored?.data?.access_token).toBeNull()
    expect(JSON.stringify(notifications)).not.toContain(placed.accessToken)
  })
})

/** A guest's order of the seeded Buôn Ma Thuột coffee, collected at the first pickup place. */
async function pickupOrder() {
  const { products } = await expectJson(
    await storeFetch("/store/products?handle=ca-phe-robusta-buon-ma-thuot&fields=id,*variants"),
    200,
  )
  const email = `pickup-${unique()}@example.com`
  const { cart } = await expectJson(
    await storeFetch(
      "/store/carts",
      post({
        region_id: await regionId(),
        items: [{ variant_id: products[0].variants[0].id, quantity: 1 }],
      }),
    ),
    200,
  )
  await expectJson(
    await storeFetch(`/store/carts/${cart.id}`, post({ email, shipping_address: shopperAddress })),
    200,
  )
  const { shipping_options } = await expectJson(
    await storeFetch(`/store/shipping-options?cart_id=${cart.id}`),
    200,
  )
  type Option = {
    id: string
    insufficient_inventory?: boolean
    service_zone?: { fulfillment_set?: { type?: string; location?: { id?: string } } }
  }
  const pickup = (shipping_options as Option[]).find(
    (option) =>
      option.service_zone?.fulfillment_set?.type === "pickup" && !option.insufficient_inventory,
  )
  if (!pickup) throw new Error("the seed offers no pickup place holding the coffee")
  await shipAndPay(cart.id, pickup.id)
  const completed = await expectJson(
    await storeFetch(`/store/carts/${cart.id}/complete`, post({})),
    200,
  )
  const locationId = pickup.service_zone?.fulfillment_set?.location?.id
  type Place = { stock_location_id: string; name: string }
  let place: Place | undefined
  for (let offset = 0; !place; offset += 100) {
    const { places, count } = await expectJson<{ places: Place[]; count: number }>(
      await storeFetch(`/store/ocop/places?limit=100&offset=${offset}`),
      200,
    )
    place = places.find((row) => row.stock_location_id === locationId)
    if (offset + 100 >= count) break
  }
  return { email, order: completed.order, place: place?.name }
}

describe("the pickup order email", () => {
  it("names the place where the shopper collects the order", async () => {
    const placed = await pickupOrder()
    expect(placed.place).toEqual(expect.any(String))
    const mail = await next(placed.email)
    expect(mail.subject).toBe(`Đã nhận đơn hàng #${placed.order.display_id} trên sàn OCOP`)
    expect(mail.text).toContain(`Nhận hàng tại ${placed.place},`)
    expect(mail.text).not.toContain(shopperAddress.address_1)
  })
})

describe("the producer's order email", () => {
  it("gives each producer's people their own lines, number, date and province, and no shopper data", async () => {
    const placed = await placeOrder([mine.variantId, theirs.variantId])
    const n = placed.order.display_id
    const [vi, en, own, other] = await Promise.all([
      mailAbout(myUser, `#${n} `),
      mailAbout(myEnglishUser, `#${n} `),
      mailAbout(mine.producer.email, `#${n} `),
      mailAbout(theirs.producer.email, `#${n} `),
    ])
    expect(vi.subject).toBe(`Đơn hàng #${n} có sản phẩm của bạn`)
    expect(own.subject).toBe(vi.subject)
    expect(en.subject).toBe(`Order #${n} contains your products`)
    expect(vi.text).toContain(`${mine.product.title} (250 g): Số lượng 1 · Đơn giá 85.000 ₫`)
    expect(en.text).toContain("Unit price ₫85,000")
    expect(vi.text).toContain(`Giao đến: ${shopperAddress.province}.`)
    expect(en.text).toContain(`Delivered to: ${shopperAddress.province}.`)
    expect(other.text).toContain(theirs.product.title)
    for (const mail of [vi, en, own])
      expect(mail.text + mail.html).not.toContain(theirs.product.title)
    expect(other.text + other.html).not.toContain(mine.product.title)
    for (const mail of [vi, en, own, other]) {
      const everything = `${mail.subject}\n${mail.text}\n${mail.html}`
      for (const secret of [
        placed.email,
        placed.order.id,
        shopperAddress.first_name,
        shopperAddress.last_name,
        shopperAddress.phone,
        shopperAddress.address_1,
        placed.accessToken as string,
      ]) {
        expect(everything).not.toContain(secret)
      }
    }
  })
})
