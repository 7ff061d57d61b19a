import type { MedusaContainer } from "@medusajs/framework/types"
import { expireCertificationsWorkflow } from "../workflows/expire-certifications"

/**
 * Expired certificates delist their products. Every minute, so a restarted server catches up
 * at once; the store and cart checks already honour the expiry instant in between.
 */
export default async function expireCertificationsJob(container: MedusaContainer) {
  const { result } = await expireCertificationsWorkflow(container).run()
  if (result.product_ids.length) {
    container
      .resolve("logger")
      .info(`[ocop] delisted ${result.product_ids.length} product(s) with expired certificates`)
  }
}

export const config = {
  name: "ocop-expire-certifications",
  schedule: "* * * * *",
}
