import { emailBodies, formatWhen, type EmailBlock, type EmailTemplate } from "../message"
import { linesTable, emailOrderLines } from "../order-table"

const texts = {
  vi: {
    subject: (n: string) => `Đơn hàng #${n} có sản phẩm của bạn`,
    intro: (n: string, when: string, producer: string) =>
      `Đơn hàng số ${n}, đặt lúc ${when}, có sản phẩm của ${producer || "bạn"}:`,
    total: "Cộng các dòng của bạn",
    pickup: (place: string) => `Người mua nhận hàng tại ${place}.`,
    delivery: (province: string) => `Giao đến: ${province}.`,
    action: "Xem các đơn hàng trong trang chủ thể OCOP:",
    button: "Mở trang đơn hàng",
  },
  en: {
    subject: (n: string) => `Order #${n} contains your products`,
    intro: (n: string, when: string, producer: string) =>
      `Order ${n}, placed on ${when}, contains products of ${producer || "yours"}:`,
    total: "Your lines in total",
    pickup: (place: string) => `The shopper collects it at ${place}.`,
    delivery: (province: string) => `Delivered to: ${province}.`,
    action: "Your orders are in the producer portal:",
    button: "Open the orders page",
  },
}

/**
 * To a producer's users when an order contains their products: only their own lines, the
 * order's display number and date, and where it goes (the province, or the pickup place) —
 * never the shopper's name, email, phone or street address. Data: display_id, placed_at,
 * producer_name, lines, province, pickup_place.
 */
export const producerOrderEmail: EmailTemplate = (data, { locale, storefrontUrl }) => {
  const t = texts[locale]
  const n = String(data.display_id ?? "")
  const lines = emailOrderLines(data.lines)
  const sum = lines.reduce((total, line) => total + line.total, 0)
  const blocks: EmailBlock[] = [
    t.intro(n, formatWhen(data.placed_at, locale), String(data.producer_name ?? "")),
    linesTable(lines, [[t.total, sum]], locale),
  ]
  if (data.pickup_place) blocks.push(t.pickup(String(data.pickup_place)))
  else if (data.province) blocks.push(t.delivery(String(data.province)))
  const link = `${storefrontUrl}${locale === "en" ? "/en" : ""}/producer/orders`
  blocks.push(t.action, { link, label: t.button })
  return { subject: t.subject(n), ...emailBodies(blocks, locale) }
}
