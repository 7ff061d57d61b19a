import type { SubscriberConfig } from "@medusajs/framework"
import { certificationEmailSubscriber } from "../lib/email/certification-emails"
import { EMAILS } from "../lib/email/templates"
import { OcopEvents } from "../modules/ocop/lib/constants"

/**
 * A revoked certificate (thu hồi) is announced to the producer's users once the revocation
 * committed; the revocation stands whatever the mail server does.
 */
export default certificationEmailSubscriber(EMAILS.certificationRevoked, "revocation email")

export const config: SubscriberConfig = { event: OcopEvents.CERTIFICATION_REVOKED }
