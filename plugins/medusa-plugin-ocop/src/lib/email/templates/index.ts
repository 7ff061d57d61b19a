import type { EmailTemplate } from "../message"
import { certificationExpiringEmail } from "./certification-expiring"
import { invitationEmail } from "./invitation"
import { transferLapsedEmail } from "./transfer-lapsed"

/** The `template` name a notification carries for each email. */
export const EMAILS = {
  invitation: "ocop-invitation",
  certificationExpiring: "ocop-certification-expiring",
  transferLapsed: "ocop-transfer-lapsed",
} as const

/** Every email by its template name. A new message: one file in this folder, one line here. */
export const EMAIL_TEMPLATES: Record<string, EmailTemplate> = {
  [EMAILS.invitation]: invitationEmail,
  [EMAILS.certificationExpiring]: certificationExpiringEmail,
  [EMAILS.transferLapsed]: transferLapsedEmail,
}
