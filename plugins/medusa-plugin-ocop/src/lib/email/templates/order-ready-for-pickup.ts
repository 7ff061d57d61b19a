import { emailBodies, type EmailBlock, type EmailTemplate } from "../message"

const texts = {
  vi: {
    subject: (number: string) => `Đơn hàng #${number} đã sẵn sàng để nhận`,
    intro: (number: string, place: string) =>
      `Đơn hàng #${number} của bạn đã sẵn sàng tại ${place}.`,
    code: "Mã nhận hàng (đọc hoặc đưa cho nhân viên tại quầy):",
    address: (address: string) => `Địa chỉ: ${address}`,
    hours: (hours: string) => `Giờ mở cửa: ${hours}`,
    phone: (phone: string) => `Điện thoại: ${phone}`,
    keep: "Chỉ người có mã này mới nhận được hàng: đừng chia sẻ mã với người khác.",
  },
  en: {
    subject: (number: string) => `Order #${number} is ready for pickup`,
    intro: (number: string, place: string) => `Your order #${number} is ready at ${place}.`,
    code: "Pickup code (read it out or show it at the counter):",
    address: (address: string) => `Address: ${address}`,
    hours: (hours: string) => `Opening hours: ${hours}`,
    phone: (phone: string) => `Phone: ${phone}`,
    keep: "Only someone holding this code can collect the order: do not share it.",
  },
}

/**
 * To the shopper: the order waits at the centre. Data: display_id, pickup_code, place_name,
 * address, opening_hours, phone.
 */
export const orderReadyForPickupEmail: EmailTemplate = (data, { locale }) => {
  const t = texts[locale]
  const number = String(data.display_id ?? "")
  const blocks: EmailBlock[] = [
    t.intro(number, String(data.place_name ?? "")),
    t.code,
    { code: String(data.pickup_code ?? "") },
    t.address(String(data.address ?? "")),
  ]
  if (data.opening_hours) blocks.push(t.hours(String(data.opening_hours)))
  if (data.phone) blocks.push(t.phone(String(data.phone)))
  blocks.push(t.keep)
  return { subject: t.subject(number), ...emailBodies(blocks, locale) }
}
