import { emailBodies, formatWhen, type EmailTemplate } from "../message"

const texts = {
  vi: {
    subject: (fair: string, accepted: boolean) =>
      accepted
        ? `Đơn đăng ký gian hàng đã được chấp nhận — ${fair}`
        : `Đơn đăng ký gian hàng bị từ chối — ${fair}`,
    accepted: (fair: string, booth: string, when: string) =>
      `Ban tổ chức hội chợ “${fair}” đã chấp nhận đơn đăng ký của bạn: gian hàng số ${booth}. Sản phẩm của bạn đã có trong danh mục hội chợ. Hội chợ bắt đầu lúc ${when}.`,
    declined: (fair: string) =>
      `Ban tổ chức hội chợ “${fair}” đã từ chối đơn đăng ký gian hàng của bạn.`,
    reason: (reason: string) => `Lý do: ${reason}`,
    button: "Mở trang hội chợ của chủ thể",
  },
  en: {
    subject: (fair: string, accepted: boolean) =>
      accepted
        ? `Your booth application was accepted — ${fair}`
        : `Your booth application was declined — ${fair}`,
    accepted: (fair: string, booth: string, when: string) =>
      `The organiser of the fair “${fair}” accepted your application: booth number ${booth}. Your products are in the fair's catalog. The fair starts on ${when}.`,
    declined: (fair: string) =>
      `The organiser of the fair “${fair}” declined your booth application.`,
    reason: (reason: string) => `Reason: ${reason}`,
    button: "Open your fairs in the producer portal",
  },
}

/**
 * To the producer's people when the organiser decides on their application. Data: status
 * (accepted, declined), fair_name, starts_at, booth_number, reason.
 */
export const boothApplicationDecidedEmail: EmailTemplate = (data, { locale, storefrontUrl }) => {
  const t = texts[locale]
  const fair = String(data.fair_name ?? "")
  const accepted = data.status === "accepted"
  const link = `${storefrontUrl}${locale === "en" ? "/en" : ""}/producer/fairs`
  const notice = accepted
    ? t.accepted(fair, String(data.booth_number ?? ""), formatWhen(data.starts_at, locale))
    : t.declined(fair)
  return {
    subject: t.subject(fair, accepted),
    ...emailBodies(
      [
        notice,
        ...(accepted ? [] : [t.reason(String(data.reason ?? ""))]),
        { link, label: t.button },
      ],
      locale,
    ),
  }
}
