import { emailBodies, formatWhen, type EmailTemplate } from "../message"

const vnd = (amount: unknown, locale: "vi" | "en") =>
  new Intl.NumberFormat(locale === "en" ? "en-US" : "vi-VN", {
    style: "currency",
    currency: "VND",
    maximumFractionDigits: 0,
  }).format(Number(amount))

const texts = {
  vi: {
    subject: (number: string) => `Đơn hàng #${number} đã bị huỷ vì chưa nhận được chuyển khoản`,
    notice: (number: string, when: string, amount: string, days: number) =>
      `Đơn hàng #${number} đặt lúc ${when} chọn thanh toán chuyển khoản ${amount}. Sau ${days} ngày chúng tôi vẫn chưa nhận được tiền, nên đơn hàng đã được huỷ và hàng được trả lại kệ.`,
    paid: "Nếu bạn đã chuyển khoản, xin trả lời email này kèm biên lai: chúng tôi sẽ hoàn tiền hoặc giao lại đơn hàng.",
    button: "Đặt lại trên sàn OCOP",
  },
  en: {
    subject: (number: string) => `Order #${number} was cancelled: no bank transfer arrived`,
    notice: (number: string, when: string, amount: string, days: number) =>
      `Order #${number}, placed at ${when}, was to be paid by a bank transfer of ${amount}. After ${days} days the money has not arrived, so the order is cancelled and its goods are back on the shelf.`,
    paid: "If you did transfer the money, reply to this email with the receipt: we will refund you or deliver the order after all.",
    button: "Order again on the OCOP marketplace",
  },
}

/**
 * To the shopper whose bank-transfer order was cancelled unpaid. Data: display_id, total
 * (whole đồng), placed_at, days.
 */
export const transferLapsedEmail: EmailTemplate = (data, { locale, storefrontUrl }) => {
  const t = texts[locale]
  const number = String(data.display_id ?? "")
  const days = Number(data.days)
  const link = `${storefrontUrl}${locale === "en" ? "/en" : ""}/products`
  return {
    subject: t.subject(number),
    ...emailBodies(
      [
        t.notice(number, formatWhen(data.placed_at, locale), vnd(data.total, locale), days),
        t.paid,
        { link, label: t.button },
      ],
      locale,
    ),
  }
}
