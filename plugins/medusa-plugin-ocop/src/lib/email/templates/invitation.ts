import { type Locale } from "@ocop/shared"
import { INVITATION_VALIDITY_DAYS, type InvitedActor } from "../../../modules/ocop/lib/constants"
import { emailBodies, formatWhen, type EmailBlock, type EmailTemplate } from "../message"

/** The account the invitation is for, as the reader knows it. */
const roles: Record<Locale, Record<InvitedActor, string>> = {
  vi: {
    producer: "chủ thể OCOP (quản lý sản phẩm của nhà sản xuất)",
    staff: "nhân viên trung tâm, điểm bán OCOP",
    organizer: "ban tổ chức hội chợ OCOP",
  },
  en: {
    producer: "OCOP producer (managing a producer's products)",
    staff: "OCOP centre and sales-point staff",
    organizer: "OCOP fair organiser",
  },
}

/** The storefront page that claims each kind of account. */
const claimPages: Record<InvitedActor, string> = {
  producer: "/producer/register",
  staff: "/staff/claim",
  organizer: "/organizer/claim",
}

const texts = {
  vi: {
    subject: (role: string) => `Lời mời nhận tài khoản ${role} trên sàn OCOP`,
    greeting: (name: string) => (name ? `Xin chào ${name},` : "Xin chào,"),
    opened: (role: string) =>
      `Cán bộ chương trình OCOP đã mở cho bạn tài khoản ${role} với địa chỉ email này.`,
    open: (when: string) =>
      `Mở liên kết dưới đây để nhận tài khoản và đặt mật khẩu. Liên kết chỉ dùng được một lần và hết hạn vào ${when} (sau ${INVITATION_VALIDITY_DAYS} ngày).`,
    button: "Nhận tài khoản",
    ignore:
      "Nếu bạn không chờ đợi email này, hãy bỏ qua nó: không ai nhận được tài khoản nếu không có lời mời này.",
  },
  en: {
    subject: (role: string) => `Invitation: your ${role} account on the OCOP marketplace`,
    greeting: (name: string) => (name ? `Hello ${name},` : "Hello,"),
    opened: (role: string) =>
      `An OCOP programme officer has opened an ${role} account for you with this email address.`,
    open: (when: string) =>
      `Open the link below to claim the account and choose your password. The link works once and expires on ${when} (after ${INVITATION_VALIDITY_DAYS} days).`,
    button: "Claim the account",
    ignore:
      "If you did not expect this email, ignore it: nobody can claim the account without this invitation.",
  },
}

/**
 * An officer's invitation to claim an account: the link to the claim page with the token. Data:
 * actor_type, token, expires_at, name, and the invitee's email as `to`.
 */
export const invitationEmail: EmailTemplate = (data, { locale, storefrontUrl }) => {
  const t = texts[locale]
  const actor = String(data.actor_type) as InvitedActor
  const role = roles[locale][actor] ?? roles[locale].producer
  const page = claimPages[actor] ?? claimPages.producer
  const token = String(data.token ?? "")
  const when = formatWhen(data.expires_at, locale)
  const blocks: EmailBlock[] = [t.greeting(String(data.name ?? "")), t.opened(role)]
  const prefix = locale === "en" ? "/en" : ""
  const link = `${storefrontUrl}${prefix}${page}?${new URLSearchParams({ token })}`
  blocks.push(t.open(when), { link, label: t.button })
  blocks.push(t.ignore)
  return { subject: t.subject(role), ...emailBodies(blocks, locale) }
}
