import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { Locale } from "@ocop/shared"

/** One email to one reader, by template name, with the data its template reads. */
export type EmailNotification = {
  to: string
  template: string
  locale: Locale
  data: Record<string, unknown>
  trigger_type: string
  resource_id: string
  resource_type: string
  /** The same key twice sends once (a failed one is tried again). */
  idempotency_key: string
  /** Files sent with the message (base64), e.g. an inline VietQR picture; never stored. */
  attachments?: {
    id: string
    filename: string
    content: string
    content_type: string
    disposition: string
  }[]
}

/**
 * The Notification Module's generated methods its public interface leaves out: a list filtered
 * on any column, and an update.
 */
type NotificationRecords = {
  listNotifications(filters: { idempotency_key: string }): Promise<{ id: string }[]>
  updateNotifications(data: { id: string; data: Record<string, unknown> }): Promise<unknown>
}

/**
 * Sends one email through the Notification Module, from a subscriber, after the business action
 * committed. An email that cannot be delivered (SMTP down, address refused) never undoes or
 * fails that action: the module records the notification as `failure`, and this logs it and
 * answers false. Keys in `secrets` (an order's access token) are wiped from the stored record
 * once sent, so the database never keeps them.
 */
export async function sendEmail(
  container: MedusaContainer,
  email: EmailNotification,
  secrets: string[] = [],
): Promise<boolean> {
  const notifications = container.resolve(Modules.NOTIFICATION)
  const data = { ...email.data, locale: email.locale }
  let delivered = true
  try {
    await notifications.createNotifications({
      to: email.to,
      channel: "email",
      template: email.template,
      trigger_type: email.trigger_type,
      resource_id: email.resource_id,
      resource_type: email.resource_type,
      idempotency_key: email.idempotency_key,
      data,
      ...(email.attachments ? { attachments: email.attachments } : {}),
    })
  } catch (error) {
    delivered = false
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(
        `[ocop] the email "${email.template}" to ${email.to} was not sent (recorded as failed): ${(error as Error).message}`,
      )
  }
  if (secrets.length) {
    const records = notifications as unknown as NotificationRecords
    const [stored] = await records.listNotifications({ idempotency_key: email.idempotency_key })
    const wiped = Object.fromEntries(secrets.map((key) => [key, null]))
    if (stored) await records.updateNotifications({ id: stored.id, data: { ...data, ...wiped } })
  }
  return delivered
}
