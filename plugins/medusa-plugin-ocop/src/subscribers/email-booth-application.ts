import type { SubscriberConfig } from "@medusajs/framework"
import { emailBoothApplication } from "../lib/email/booth-application-emails"
import {
  BOOTH_APPLICATION_DECIDED,
  BOOTH_APPLICATION_SUBMITTED,
} from "../workflows/booth-applications"

/**
 * A new booth application is announced to the fair's organiser, and a decision to the
 * producer's people, once the action committed.
 */
export default emailBoothApplication

export const config: SubscriberConfig = {
  event: [BOOTH_APPLICATION_SUBMITTED, BOOTH_APPLICATION_DECIDED],
}
