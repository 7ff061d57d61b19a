import type { MedusaContainer } from "@medusajs/framework/types"
import { LOCALES, type Locale } from "@ocop/shared"
import { OCOP_MODULE, PRODUCER_ACTOR } from "../../modules/ocop/lib/constants"
import type OcopModuleService from "../../modules/ocop/service"

const sameAddress = (a: string, b: string | null) =>
  a.trim().toLowerCase() === b?.trim().toLowerCase()

export type Recipient = { email: string; locale: Locale }

/**
 * Who hears about a producer's products: its approved users, each in the language their last
 * invitation was written in (Vietnamese when they registered themselves), and the producer's
 * own email on record (in Vietnamese) when no user has that address.
 */
export async function producerRecipients(
  container: MedusaContainer,
  producerId: string,
): Promise<Recipient[]> {
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const users = await ocop.listProducerUsers(
    { producer_id: producerId, status: "approved" },
    { select: ["id", "email"] },
  )
  const [producer] = await ocop.listProducers({ id: producerId }, { select: ["email"] })
  const own: Recipient[] =
    producer?.email && !users.some((user) => sameAddress(user.email, producer.email))
      ? [{ email: producer.email, locale: "vi" }]
      : []
  if (!users.length) return own
  const invitations = await ocop.listInvitations(
    { actor_type: PRODUCER_ACTOR, account_id: users.map((user) => user.id) },
    { select: ["account_id", "locale"], order: { created_at: "ASC" } },
  )
  const localeOf = new Map(invitations.map((row) => [row.account_id, row.locale as Locale]))
  const people = users.map((user): Recipient => {
    const locale = localeOf.get(user.id)
    return { email: user.email, locale: locale && LOCALES.includes(locale) ? locale : "vi" }
  })
  return [...people, ...own]
}
