import type { SubscriberConfig } from "@medusajs/framework"
import { certificationEmailSubscriber } from "../lib/email/certification-emails"
import { EMAILS } from "../lib/email/templates"
import { OcopEvents } from "../modules/ocop/lib/constants"

/**
 * The 30-day notice before a certificate expires, sent once the expiry run committed: the run
 * (job or officer's button) never fails because the mail server does.
 */
export default certificationEmailSubscriber(EMAILS.certificationExpiring, "expiry notice")

export const config: SubscriberConfig = { event: OcopEvents.CERTIFICATION_EXPIRING }
