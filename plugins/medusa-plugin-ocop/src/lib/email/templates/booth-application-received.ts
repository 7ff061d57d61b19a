import { emailBodies, formatWhen, type EmailTemplate } from "../message"

const texts = {
  vi: {
    subject: (fair: string) => `Đơn đăng ký gian hàng mới — ${fair}`,
    notice: (producer: string, fair: string, count: number) =>
      `${producer} đăng ký một gian hàng tại hội chợ “${fair}” với ${count} sản phẩm OCOP.`,
    note: (note: string) => `Lời nhắn: ${note}`,
    starts: (when: string) => `Hội chợ bắt đầu lúc ${when}.`,
    button: "Xem và duyệt đơn đăng ký",
  },
  en: {
    subject: (fair: string) => `New booth application — ${fair}`,
    notice: (producer: string, fair: string, count: number) =>
      `${producer} applied for a booth at the fair “${fair}” with ${count} OCOP product(s).`,
    note: (note: string) => `Their note: ${note}`,
    starts: (when: string) => `The fair starts on ${when}.`,
    button: "Review the application",
  },
}

/**
 * To the fair's organiser when a producer applies for a booth. Data: fair_id, fair_name,
 * starts_at, producer_name, product_count, note.
 */
export const boothApplicationReceivedEmail: EmailTemplate = (data, { locale, storefrontUrl }) => {
  const t = texts[locale]
  const fair = String(data.fair_name ?? "")
  const link = `${storefrontUrl}${locale === "en" ? "/en" : ""}/organizer/fairs/${String(data.fair_id)}`
  return {
    subject: t.subject(fair),
    ...emailBodies(
      [
        t.notice(String(data.producer_name ?? ""), fair, Number(data.product_count)),
        ...(data.note ? [t.note(String(data.note))] : []),
        t.starts(formatWhen(data.starts_at, locale)),
        { link, label: t.button },
      ],
      locale,
    ),
  }
}
