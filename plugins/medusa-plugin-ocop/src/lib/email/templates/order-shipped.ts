import { emailBodies, type EmailTemplate } from "../message"

const texts = {
  vi: {
    subject: (number: string) => `Đơn hàng #${number} đã được gửi đi`,
    intro: (number: string, place: string) => `Đơn hàng #${number} đã được gửi đi từ ${place}.`,
    carrier: (carrier: string) => `Đơn vị vận chuyển: ${carrier}`,
    tracking: (tracking: string) => `Mã vận đơn: ${tracking}`,
  },
  en: {
    subject: (number: string) => `Order #${number} is on its way`,
    intro: (number: string, place: string) => `Order #${number} has been sent from ${place}.`,
    carrier: (carrier: string) => `Carrier: ${carrier}`,
    tracking: (tracking: string) => `Tracking number: ${tracking}`,
  },
}

/** To the shopper: sent by a carrier. Data: display_id, place_name, carrier, tracking_number. */
export const orderShippedEmail: EmailTemplate = (data, { locale }) => {
  const t = texts[locale]
  const number = String(data.display_id ?? "")
  return {
    subject: t.subject(number),
    ...emailBodies(
      [
        t.intro(number, String(data.place_name ?? "")),
        t.carrier(String(data.carrier ?? "")),
        t.tracking(String(data.tracking_number ?? "")),
      ],
      locale,
    ),
  }
}
