import { emailBodies, formatWhen, type EmailBlock, type EmailTemplate } from "../message"

const texts = {
  vi: {
    subject: (number: string) => `Chứng nhận OCOP ${number} đã bị thu hồi`,
    notice: (number: string, product: string, when: string) =>
      `Chứng nhận OCOP số ${number}${product ? ` của sản phẩm “${product}”` : ""} đã bị thu hồi lúc ${when}.`,
    reason: (reason: string) => `Lý do: ${reason}`,
    delisted: "Sản phẩm đã ngừng bán trên sàn OCOP.",
    stillListed: "Sản phẩm vẫn được bán nhờ một chứng nhận khác còn hiệu lực.",
    action:
      "Nếu cần, hãy liên hệ cơ quan cấp chứng nhận để được đánh giá lại. Xem sản phẩm trong trang chủ thể OCOP:",
    button: "Mở trang chủ thể OCOP",
  },
  en: {
    subject: (number: string) => `OCOP certificate ${number} has been revoked`,
    notice: (number: string, product: string, when: string) =>
      `OCOP certificate ${number}${product ? ` of “${product}”` : ""} was revoked on ${when}.`,
    reason: (reason: string) => `Reason: ${reason}`,
    delisted: "The product has left the OCOP marketplace.",
    stillListed: "The product stays on sale under another certificate that is still valid.",
    action:
      "If needed, ask the issuing authority for re-evaluation. Your products are in the producer portal:",
    button: "Open the producer portal",
  },
}

/**
 * To the producer's users when an officer revokes (thu hồi) a certificate. Data:
 * certificate_number, product_title, revoked_at, reason, still_listed.
 */
export const certificationRevokedEmail: EmailTemplate = (data, { locale, storefrontUrl }) => {
  const t = texts[locale]
  const number = String(data.certificate_number ?? "")
  const blocks: EmailBlock[] = [
    t.notice(number, String(data.product_title ?? ""), formatWhen(data.revoked_at, locale)),
  ]
  if (data.reason) blocks.push(t.reason(String(data.reason)))
  blocks.push(data.still_listed ? t.stillListed : t.delisted, t.action)
  blocks.push({ link: `${storefrontUrl}${locale === "en" ? "/en" : ""}/producer`, label: t.button })
  return { subject: t.subject(number), ...emailBodies(blocks, locale) }
}
