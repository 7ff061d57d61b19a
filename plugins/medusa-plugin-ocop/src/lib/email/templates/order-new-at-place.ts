import { emailBodies, type EmailBlock, type EmailTemplate } from "../message"
import { orderLines, type OrderEmailLine } from "./order-lines"

const texts = {
  vi: {
    subject: (number: string, place: string) => `Đơn hàng mới #${number} tại ${place}`,
    intro: (number: string, place: string, pickup: boolean) =>
      `Đơn hàng trực tuyến #${number} vừa được giao cho ${place}: ${
        pickup ? "khách sẽ đến nhận tại quầy" : "cần đóng gói và gửi đi"
      }.`,
    open: "Mở hàng đợi đơn hàng",
    lines: "Sản phẩm:",
  },
  en: {
    subject: (number: string, place: string) => `New order #${number} at ${place}`,
    intro: (number: string, place: string, pickup: boolean) =>
      `Online order #${number} has been assigned to ${place}: ${
        pickup ? "the shopper will collect it at the counter" : "it needs packing and sending"
      }.`,
    open: "Open the order queue",
    lines: "Items:",
  },
}

/**
 * To the staff of the place serving an order: a new order in their queue. Data: display_id,
 * kind, place_id, place_name, items ({ title, quantity }).
 */
export const orderNewAtPlaceEmail: EmailTemplate = (data, { locale, storefrontUrl }) => {
  const t = texts[locale]
  const number = String(data.display_id ?? "")
  const place = String(data.place_name ?? "")
  const prefix = locale === "en" ? "/en" : ""
  const link = `${storefrontUrl}${prefix}/staff/places/${encodeURIComponent(String(data.place_id ?? ""))}/orders`
  const blocks: EmailBlock[] = [
    t.intro(number, place, data.kind === "pickup"),
    `${t.lines}\n${orderLines(data.items as OrderEmailLine[])}`,
    { link, label: t.open },
  ]
  return { subject: t.subject(number, place), ...emailBodies(blocks, locale) }
}
