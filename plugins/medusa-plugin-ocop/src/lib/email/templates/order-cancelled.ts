import { emailBodies, type EmailTemplate } from "../message"

const texts = {
  vi: {
    subject: (number: string) => `Đơn hàng #${number} đã bị huỷ`,
    intro: (number: string, place: string) => `${place} đã huỷ đơn hàng #${number} của bạn.`,
    reason: (reason: string) => `Lý do: ${reason}`,
    orderCancelled: "Đơn hàng đã được huỷ.",
    money: "Nếu bạn đã thanh toán, khoản tiền sẽ được hoàn lại.",
  },
  en: {
    subject: (number: string) => `Order #${number} has been cancelled`,
    intro: (number: string, place: string) => `${place} has cancelled your order #${number}.`,
    reason: (reason: string) => `Reason: ${reason}`,
    orderCancelled: "The order was cancelled.",
    money: "If you have paid, the money will be refunded.",
  },
}

/** To the shopper: the place cancelled its part. Data: display_id, place_name, reason. */
export const orderCancelledEmail: EmailTemplate = (data, { locale }) => {
  const t = texts[locale]
  const number = String(data.display_id ?? "")
  const reason = String(data.reason ?? "")
  return {
    subject: t.subject(number),
    ...emailBodies(
      [
        t.intro(number, String(data.place_name ?? "")),
        reason === "order_cancelled" ? t.orderCancelled : t.reason(reason),
        t.money,
      ],
      locale,
    ),
  }
}
