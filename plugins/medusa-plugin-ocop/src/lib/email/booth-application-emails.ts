import type { SubscriberArgs } from "@medusajs/framework"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LOCALES, type Locale } from "@ocop/shared"
import { OCOP_MODULE, ORGANIZER_ACTOR } from "../../modules/ocop/lib/constants"
import type OcopModuleService from "../../modules/ocop/service"
import { producerRecipients, type Recipient } from "./recipients"
import { sendEmail, type EmailNotification } from "./send"
import { EMAILS } from "./templates"

/** The fair's organiser, in the language of their invitation (Vietnamese without one). */
async function organizerRecipient(
  ocop: OcopModuleService,
  organizerId: string,
): Promise<Recipient[]> {
  const [user] = await ocop.listOrganizerUsers({ id: organizerId }, { select: ["email"] })
  if (!user) return []
  const invitations = await ocop.listInvitations(
    { actor_type: ORGANIZER_ACTOR, account_id: organizerId },
    { select: ["locale"], order: { created_at: "DESC" }, take: 1 },
  )
  const locale = invitations[0]?.locale as Locale | undefined
  return [{ email: user.email, locale: locale && LOCALES.includes(locale) ? locale : "vi" }]
}

/**
 * The emails an application raises: the organiser hears of a new one, the producer's people of
 * the decision on theirs.
 */
export async function boothApplicationEmails(
  container: MedusaContainer,
  applicationId: string,
): Promise<EmailNotification[]> {
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const [application] = await ocop.listBoothApplications({ id: applicationId })
  if (!application) return []
  const [fair, producer] = await Promise.all([
    ocop.retrieveFair(application.fair_id),
    ocop.retrieveProducer(application.producer_id),
  ])
  const submitted = application.status === "pending"
  const template = submitted ? EMAILS.boothApplicationReceived : EMAILS.boothApplicationDecided
  const [booth] = application.booth_id
    ? await ocop.listFairBooths({ id: application.booth_id })
    : []
  const recipients = submitted
    ? await organizerRecipient(ocop, fair.organizer_id)
    : await producerRecipients(container, application.producer_id)
  return recipients.map((recipient) => ({
    to: recipient.email,
    template,
    locale: recipient.locale,
    trigger_type: template,
    resource_id: application.id,
    resource_type: "ocop_booth_application",
    idempotency_key: `${template}-${application.id}-${recipient.email}`,
    data: {
      fair_id: fair.id,
      fair_name: (recipient.locale === "en" && fair.name_en) || fair.name,
      starts_at: fair.starts_at,
      producer_name: producer.name,
      product_count: application.product_ids.length,
      note: application.note,
      status: application.status,
      booth_number: booth?.number ?? null,
      reason: application.decline_reason,
    },
  }))
}

/**
 * A subscriber that sends an application's emails once the action that emitted its event
 * committed; the action stands whatever the mail server does.
 */
export async function emailBoothApplication({ event, container }: SubscriberArgs<{ id: string }>) {
  try {
    for (const email of await boothApplicationEmails(container, event.data.id)) {
      await sendEmail(container, email)
    }
  } catch (error) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .error(
        `[ocop] the booth application email of ${event.data.id} failed: ${(error as Error).message}`,
      )
  }
}
