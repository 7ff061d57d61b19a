import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { certificationEmails } from "../lib/email/certification-emails"
import { sendEmail } from "../lib/email/send"
import { EMAILS } from "../lib/email/templates"
import { OcopEvents } from "../modules/ocop/lib/constants"

/**
 * A revoked certificate (thu hồi) is announced to the producer's users once the revocation
 * committed; an email that cannot be sent is logged and recorded as failed, the revocation stands.
 */
export default async function emailCertificationRevoked({
  event,
  container,
}: SubscriberArgs<{ id: string; product_id: string }>) {
  try {
    for (const email of await certificationEmails(
      container,
      event.data.id,
      EMAILS.certificationRevoked,
    )) {
      await sendEmail(container, email)
    }
  } catch (error) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .error(`[ocop] the revocation email of ${event.data.id} failed: ${(error as Error).message}`)
  }
}

export const config: SubscriberConfig = { event: OcopEvents.CERTIFICATION_REVOKED }
