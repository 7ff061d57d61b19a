import { EXPIRY_NOTICE_DAYS } from "../../../modules/ocop/lib/constants"
import { emailBodies, formatWhen, type EmailTemplate } from "../message"

const texts = {
  vi: {
    subject: (number: string) => `Chứng nhận OCOP ${number} sắp hết hạn`,
    notice: (number: string, when: string) =>
      `Chứng nhận OCOP số ${number} hết hạn vào ${when}, trong vòng ${EXPIRY_NOTICE_DAYS} ngày tới. Sau ngày đó sản phẩm sẽ ngừng bán trên sàn.`,
    action:
      "Hãy nộp hồ sơ đánh giá lại cho cơ quan cấp chứng nhận trước ngày hết hạn. Xem sản phẩm trong trang chủ thể OCOP:",
    button: "Mở trang chủ thể OCOP",
  },
  en: {
    subject: (number: string) => `OCOP certificate ${number} expires soon`,
    notice: (number: string, when: string) =>
      `OCOP certificate ${number} expires on ${when}, within the next ${EXPIRY_NOTICE_DAYS} days. The product then leaves the marketplace.`,
    action:
      "Apply to the issuing authority for re-evaluation before that date. Your products are in the producer portal:",
    button: "Open the producer portal",
  },
}

/** The 30-day notice before a certificate expires. Data: certificate_number, expires_at. */
export const certificationExpiringEmail: EmailTemplate = (data, { locale, storefrontUrl }) => {
  const t = texts[locale]
  const number = String(data.certificate_number ?? "")
  const link = `${storefrontUrl}${locale === "en" ? "/en" : ""}/producer`
  return {
    subject: t.subject(number),
    ...emailBodies(
      [t.notice(number, formatWhen(data.expires_at, locale)), t.action, { link, label: t.button }],
      locale,
    ),
  }
}
