import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { certificationEmails } from "../lib/email/certification-emails"
import { sendEmail } from "../lib/email/send"
import { EMAILS } from "../lib/email/templates"
import { OcopEvents } from "../modules/ocop/lib/constants"

/**
 * The 30-day notice before a certificate expires, sent once the expiry run committed: the run
 * (job or officer's button) never fails because the mail server does; a notice that cannot be
 * sent is logged and recorded as failed.
 */
export default async function emailCertificationExpiring({
  event,
  container,
}: SubscriberArgs<{ id: string; product_id: string }>) {
  try {
    for (const email of await certificationEmails(
      container,
      event.data.id,
      EMAILS.certificationExpiring,
    )) {
      await sendEmail(container, email)
    }
  } catch (error) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .error(`[ocop] the expiry notice of ${event.data.id} failed: ${(error as Error).message}`)
  }
}

export const config: SubscriberConfig = { event: OcopEvents.CERTIFICATION_EXPIRING }
