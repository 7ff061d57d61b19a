import { emailBodies, formatVnd, formatWhen, type EmailBlock, type EmailTemplate } from "../message"
import { transferReference } from "../../../modules/ocop/lib/payment-rules"
import { linesTable, emailOrderLines } from "../order-table"

/** A pickup place as the shopper's email names it. */
type PickupPlace = { name: string; address: string; commune: string; province: string }

const texts = {
  vi: {
    subject: (n: string) => `Đã nhận đơn hàng #${n} trên sàn OCOP`,
    thanks: (n: string, when: string) =>
      `Cảm ơn bạn đã đặt hàng trên sàn OCOP. Chúng tôi đã nhận đơn hàng số ${n} lúc ${when}.`,
    itemTotal: "Tạm tính",
    shipping: "Phí giao hàng",
    total: "Tổng cộng",
    payment: {
      cod: "Thanh toán khi nhận hàng (COD): trả tiền mặt cho người giao hàng hoặc tại quầy khi nhận.",
      bank_transfer: (total: string, reference: string) =>
        `Chuyển khoản ngân hàng (VietQR): hãy chuyển ${total}, nội dung chuyển khoản "${reference}". Đơn hàng được chuẩn bị khi đã nhận được tiền.`,
      account: (bank: string, number: string, holder: string, total: string, reference: string) =>
        `Ngân hàng: ${bank} · Số tài khoản: ${number} · Chủ tài khoản: ${holder} · Số tiền: ${total} · Nội dung: ${reference}`,
      qrAlt: (total: string, reference: string) =>
        `Mã VietQR chuyển ${total}, nội dung ${reference}: quét bằng ứng dụng ngân hàng.`,
      accountLater: "Chúng tôi sẽ gọi điện hoặc gửi email số tài khoản cho bạn.",
      card: "Thẻ thanh toán: khoản thanh toán bằng thẻ đã được ghi nhận cùng đơn hàng.",
    },
    pickup: (place: PickupPlace) =>
      `Nhận hàng tại ${place.name}, ${[place.address, place.commune, place.province].filter(Boolean).join(", ")}. Chúng tôi sẽ báo khi hàng sẵn sàng để nhận.`,
    delivery: (method: string, where: string) =>
      `Giao hàng${method ? ` (${method})` : ""}${where ? ` đến: ${where}` : ""}.`,
    button: "Xem đơn hàng",
    private:
      "Liên kết trên mở đơn hàng mà không cần đăng nhập: đừng chuyển tiếp email này cho người khác.",
  },
  en: {
    subject: (n: string) => `Order #${n} received on the OCOP marketplace`,
    thanks: (n: string, when: string) =>
      `Thank you for shopping on the OCOP marketplace. We received order ${n} on ${when}.`,
    itemTotal: "Items",
    shipping: "Shipping",
    total: "Total",
    payment: {
      cod: "Cash on delivery (COD): pay cash to the courier, or at the counter when you collect.",
      bank_transfer: (total: string, reference: string) =>
        `Bank transfer (VietQR): transfer ${total} with the reference "${reference}". The order is prepared once the money has arrived.`,
      account: (bank: string, number: string, holder: string, total: string, reference: string) =>
        `Bank: ${bank} · Account number: ${number} · Account holder: ${holder} · Amount: ${total} · Reference: ${reference}`,
      qrAlt: (total: string, reference: string) =>
        `VietQR code for a transfer of ${total}, reference ${reference}: scan it with your banking app.`,
      accountLater: "We will call or email you the account details.",
      card: "Card: your card payment is recorded with the order.",
    },
    pickup: (place: PickupPlace) =>
      `Pickup at ${place.name}, ${[place.address, place.commune, place.province].filter(Boolean).join(", ")}. We will tell you when it is ready to collect.`,
    delivery: (method: string, where: string) =>
      `Delivery${method ? ` (${method})` : ""}${where ? ` to: ${where}` : ""}.`,
    button: "View the order",
    private:
      "The link above opens the order without signing in: do not forward this email to anyone.",
  },
}

/**
 * The shopper's confirmation of an order: its lines in whole đồng, shipping and total, how they
 * pay, where it goes (or the pickup place), and a link to the order page carrying the order's
 * access token. Data: display_id, order_id, access_token, placed_at, lines, item_total,
 * shipping_total, total, payment_method, shipping ({ kind, method, address, place }), and for a
 * bank transfer with a configured account bank_transfer ({ bank_name, account_number,
 * account_name, reference, qr_cid }: the VietQR picture is attached inline under qr_cid).
 */
export const orderPlacedEmail: EmailTemplate = (data, { locale, storefrontUrl }) => {
  const t = texts[locale]
  const n = String(data.display_id ?? "")
  const total = Number(data.total) || 0
  const shipping = (data.shipping ?? {}) as {
    kind?: string
    method?: string | null
    address?: string | null
    place?: PickupPlace | null
  }
  const blocks: EmailBlock[] = [
    t.thanks(n, formatWhen(data.placed_at, locale)),
    linesTable(
      emailOrderLines(data.lines),
      [
        [t.itemTotal, Number(data.item_total) || 0],
        [t.shipping, Number(data.shipping_total) || 0],
        [t.total, total],
      ],
      locale,
    ),
  ]
  const method = String(data.payment_method ?? "")
  if (method === "cod" || method === "card") blocks.push(t.payment[method])
  if (method === "bank_transfer") blocks.push(...transferBlocks(t.payment, data, total, locale))
  blocks.push(
    shipping.kind === "pickup" && shipping.place
      ? t.pickup(shipping.place)
      : t.delivery(shipping.method ?? "", shipping.address ?? ""),
  )
  const orderId = String(data.order_id ?? "")
  const query = new URLSearchParams({ token: String(data.access_token ?? "") })
  const link = `${storefrontUrl}${locale === "en" ? "/en" : ""}/orders/${encodeURIComponent(orderId)}/confirmation?${query}`
  blocks.push({ link, label: t.button }, t.private)
  return { subject: t.subject(n), ...emailBodies(blocks, locale) }
}

type TransferAccount = {
  bank_name: string
  account_number: string
  account_name: string
  reference: string
  qr_cid?: string
}

/** How to pay by transfer: the amount and reference, the account and the VietQR picture. */
function transferBlocks(
  t: (typeof texts)[keyof typeof texts]["payment"],
  data: Record<string, unknown>,
  total: number,
  locale: keyof typeof texts,
): EmailBlock[] {
  const amount = formatVnd(total, locale)
  const account = data.bank_transfer as TransferAccount | undefined
  const reference = account?.reference ?? transferReference(Number(data.display_id))
  const blocks: EmailBlock[] = [t.bank_transfer(amount, reference)]
  if (!account) return [...blocks, t.accountLater]
  if (account.qr_cid) {
    blocks.push({ image: { cid: account.qr_cid, alt: t.qrAlt(amount, reference), size: 240 } })
  }
  blocks.push(
    t.account(account.bank_name, account.account_number, account.account_name, amount, reference),
  )
  return blocks
}
