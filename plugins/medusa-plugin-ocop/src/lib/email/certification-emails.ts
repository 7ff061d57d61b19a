import type { MedusaContainer } from "@medusajs/framework/types"
import type { SubscriberArgs } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../modules/ocop/lib/constants"
import type OcopModuleService from "../../modules/ocop/service"
import { producerRecipients } from "./recipients"
import { sendEmail, type EmailNotification } from "./send"
import { EMAILS } from "./templates"

type CertificationTemplate =
  typeof EMAILS.certificationExpiring | typeof EMAILS.certificationRevoked

const keys: Record<CertificationTemplate, string> = {
  [EMAILS.certificationExpiring]: "ocop-expiry",
  [EMAILS.certificationRevoked]: "ocop-revoked",
}

/**
 * A certificate's notice (expiring within 30 days, or revoked) for each person of its product's
 * producer, with the certificate's facts and the product's title.
 */
export async function certificationEmails(
  container: MedusaContainer,
  certificationId: string,
  template: CertificationTemplate,
): Promise<EmailNotification[]> {
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const [certification] = await ocop.listCertifications({ id: certificationId })
  if (!certification) return []
  const [listing] = await ocop.listListings(
    { product_id: certification.product_id },
    { select: ["listed"], relations: ["producer"] },
  )
  if (!listing) return []
  const { data: products } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["title"],
    filters: { id: certification.product_id },
  })
  const data = {
    certificate_number: certification.certificate_number,
    product_id: certification.product_id,
    product_title: (products[0]?.title as string | undefined) ?? "",
    expires_at: certification.expires_at,
    revoked_at: certification.revoked_at,
    reason: certification.revocation_reason,
    still_listed: listing.listed,
  }
  const recipients = await producerRecipients(container, listing.producer.id)
  return recipients.map((recipient) => ({
    to: recipient.email,
    template,
    locale: recipient.locale,
    trigger_type: template,
    resource_id: certification.id,
    resource_type: "ocop_certification",
    idempotency_key: `${keys[template]}-${certification.id}-${recipient.email}`,
    data,
  }))
}

/**
 * Sends a certificate's email to its producer's people once the action that raised it has
 * committed: the action never fails because the mail server does; a message that cannot be
 * sent is logged (`what` names it) and recorded as failed.
 */
export async function sendCertificationEmails(
  container: MedusaContainer,
  certificationId: string,
  template: CertificationTemplate,
  what: string,
) {
  try {
    for (const email of await certificationEmails(container, certificationId, template)) {
      await sendEmail(container, email)
    }
  } catch (error) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .error(`[ocop] the ${what} of ${certificationId} failed: ${(error as Error).message}`)
  }
}

/**
 * A subscriber that sends a certification's emails once the action that emitted its event
 * committed; the action stands whatever the mail server does.
 */
export function certificationEmailSubscriber(template: CertificationTemplate, what: string) {
  return async ({ event, container }: SubscriberArgs<{ id: string; product_id: string }>) => {
    await sendCertificationEmails(container, event.data.id, template, what)
  }
}
