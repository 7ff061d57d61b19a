import { describe, expect, it } from "vitest"
import { linesByProducer } from "../order-emails"
import type { PlacedLine } from "../placed-order"
import { EMAILS } from "../templates"
import { expectMail, renderEmail as render } from "./render-email"
const token = "T".repeat(42) + "-"

const lines = [
  { title: "Quế Trà My", variant_title: "500 g", quantity: 2, unit_price: 85000, total: 170000 },
  {
    title: "Trà <b>shan</b> & tuyết",
    variant_title: null,
    quantity: 1,
    unit_price: 1250000,
    total: 1250000,
  },
]

const order = (more: Record<string, unknown> = {}) => ({
  display_id: 1042,
  order_id: "order_01ABC",
  access_token: token,
  placed_at: "2026-12-03T02:00:00Z",
  lines,
  item_total: 1420000,
  shipping_total: 30000,
  total: 1450000,
  payment_method: "cod",
  shipping: {
    kind: "delivery",
    method: "Giao tiêu chuẩn",
    address: "12 Lê Lợi, Buôn Ma Thuột, Đắk Lắk",
    place: null,
  },
  ...more,
})

const producerOrder = {
  display_id: 1042,
  placed_at: "2026-12-03T02:00:00Z",
  producer_name: "HTX Quế Trà My",
  lines: [lines[0]],
  province: "Đắk Lắk",
  pickup_place: null,
}

const revocation = {
  certificate_number: "OCOP-QN-2024-017",
  product_title: "Quế Trà My",
  revoked_at: "2026-12-03T03:30:00Z",
  reason: "Không đánh giá lại <đúng hạn>",
  still_listed: false,
}

describe("the order and certificate emails' subjects", () => {
  it.each([
    {
      email: EMAILS.orderPlaced,
      data: order(),
      vi: "Đã nhận đơn hàng #1042 trên sàn OCOP",
      en: "Order #1042 received on the OCOP marketplace",
    },
    {
      email: EMAILS.producerOrder,
      data: producerOrder,
      vi: "Đơn hàng #1042 có sản phẩm của bạn",
      en: "Order #1042 contains your products",
    },
    {
      email: EMAILS.certificationRevoked,
      data: revocation,
      vi: "Chứng nhận OCOP OCOP-QN-2024-017 đã bị thu hồi",
      en: "OCOP certificate OCOP-QN-2024-017 has been revoked",
    },
  ])(
    "$email names its order or certificate in Vietnamese and English",
    ({ email, data, vi, en }) => {
      expect(render(email, data).subject).toBe(vi)
      expect(render(email, data, "en").subject).toBe(en)
    },
  )
})

describe("the shopper's order email", () => {
  it("lists every line in whole đồng with shipping and total, in Vietnamese by default", () => {
    const mail = render(EMAILS.orderPlaced, order())
    expect(mail.text).toContain(
      "Quế Trà My (500 g): Số lượng 2 · Đơn giá 85.000 ₫ · Thành tiền 170.000 ₫",
    )
    expect(mail.text).toContain("Phí giao hàng: 30.000 ₫")
    expect(mail.text).toContain("Tổng cộng: 1.450.000 ₫")
    expect(mail.text).toContain("Thanh toán khi nhận hàng (COD)")
    expect(mail.html).toContain("<td")
    expect(mail.html).toContain("1.450.000 ₫")
    expect(mail.html).toMatch(/<html lang="vi">/)
  })

  it("writes English, with English number formats, under /en", () => {
    const mail = render(EMAILS.orderPlaced, order({ payment_method: "bank_transfer" }), "en")
    expect(mail.text).toContain("Quantity 2 · Unit price ₫85,000 · Line total ₫170,000")
    expect(mail.text).toContain('transfer ₫1,450,000 with the reference "OCOP 1042"')
    expect(mail.text).toContain(
      `https://ocop.example.vn/en/orders/order_01ABC/confirmation?token=${token}`,
    )
    expect(mail.html).toMatch(/<html lang="en">/)
  })

  it("links to the order page with its access token", () => {
    const mail = render(EMAILS.orderPlaced, order())
    const link = `https://ocop.example.vn/orders/order_01ABC/confirmation?token=${token}`
    expect(mail.text).toContain(link)
    expect(mail.html).toContain(`href="${link}"`)
  })

  it("names the pickup place instead of an address for a pickup", () => {
    const place = {
      name: "Trung tâm OCOP Đắk Lắk",
      address: "01 Nguyễn Tất Thành",
      commune: "Buôn Ma Thuột",
      province: "Đắk Lắk",
    }
    const mail = render(
      EMAILS.orderPlaced,
      order({ shipping: { kind: "pickup", method: "Nhận tại trung tâm", address: null, place } }),
    )
    expect(mail.text).toContain(
      "Nhận hàng tại Trung tâm OCOP Đắk Lắk, 01 Nguyễn Tất Thành, Buôn Ma Thuột, Đắk Lắk.",
    )
  })

  it("escapes what producers typed in the HTML body, never in the text", () => {
    expectMail(render(EMAILS.orderPlaced, order()), {
      text: ["Trà <b>shan</b> & tuyết"],
      html: ["Trà &lt;b&gt;shan&lt;/b&gt; &amp; tuyết"],
      notInHtml: ["<b>shan</b>"],
    })
  })
})

describe("the producer's order email", () => {
  const data = producerOrder

  it("shows their lines, the number, the date and the province, in both languages", () => {
    expectMail(render(EMAILS.producerOrder, data), {
      text: [
        "Đơn hàng số 1042, đặt lúc 09:00 ngày 03/12/2026, có sản phẩm của HTX Quế Trà My",
        "Thành tiền 170.000 ₫",
        "Giao đến: Đắk Lắk.",
        "https://ocop.example.vn/producer/orders",
      ],
    })
    expectMail(render(EMAILS.producerOrder, data, "en"), {
      text: ["Delivered to: Đắk Lắk."],
      html: ['href="https://ocop.example.vn/en/producer/orders"'],
    })
  })

  it("escapes the producer's and product names in HTML", () => {
    expectMail(render(EMAILS.producerOrder, { ...data, producer_name: "<i>HTX</i>" }), {
      html: ["&lt;i&gt;HTX&lt;/i&gt;"],
      notInHtml: ["<i>HTX</i>"],
    })
  })
})

describe("the certificate revocation email", () => {
  const data = revocation

  it("names the certificate, the product, the reason and the delisting, in both languages", () => {
    expectMail(render(EMAILS.certificationRevoked, data), {
      text: ["Lý do: Không đánh giá lại <đúng hạn>", "Sản phẩm đã ngừng bán trên sàn OCOP."],
      html: ["Lý do: Không đánh giá lại &lt;đúng hạn&gt;"],
    })
    expectMail(render(EMAILS.certificationRevoked, { ...data, still_listed: true }, "en"), {
      text: ["stays on sale under another certificate", "https://ocop.example.vn/en/producer"],
    })
  })
})

describe("an order's lines by producer", () => {
  it("gives each producer only the lines of their own products", () => {
    const line = (product_id: string | null): PlacedLine => ({
      product_id,
      title: product_id ?? "?",
      stored_title: product_id ?? "?",
      quantity: 1,
      unit_price: 1000,
      total: 1000,
    })
    const grouped = linesByProducer(
      [line("prod_a"), line("prod_b"), line("prod_a2"), line(null), line("prod_x")],
      new Map([
        ["prod_a", "ocpr_1"],
        ["prod_a2", "ocpr_1"],
        ["prod_b", "ocpr_2"],
      ]),
    )
    expect([...grouped.keys()]).toEqual(["ocpr_1", "ocpr_2"])
    expect(grouped.get("ocpr_1")?.map((row) => row.product_id)).toEqual(["prod_a", "prod_a2"])
    expect(grouped.get("ocpr_2")?.map((row) => row.product_id)).toEqual(["prod_b"])
  })
})
