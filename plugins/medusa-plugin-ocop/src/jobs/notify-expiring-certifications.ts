import type { MedusaContainer } from "@medusajs/framework/types"
import { notifyExpiringCertificationsWorkflow } from "../workflows/notify-expiring-certifications"

/** Daily at 07:00 Vietnam time: warn producers 30 days before their certificate expires. */
export default async function notifyExpiringCertificationsJob(container: MedusaContainer) {
  const { result } = await notifyExpiringCertificationsWorkflow(container).run()
  if (result.length) {
    container.resolve("logger").info(`[ocop] sent ${result.length} certificate expiry notice(s)`)
  }
}

export const config = {
  name: "ocop-notify-expiring-certifications",
  schedule: "0 0 * * *",
}
