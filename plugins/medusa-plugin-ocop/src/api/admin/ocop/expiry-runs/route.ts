import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { expireCertificationsWorkflow } from "../../../../workflows/expire-certifications"
import { notifyExpiringCertificationsWorkflow } from "../../../../workflows/notify-expiring-certifications"

/**
 * Runs the certificate expiry checks now (the scheduled jobs do the same): delists products
 * whose certificate ran out and notifies producers whose certificate expires within 30 days.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result: lapsed } = await expireCertificationsWorkflow(req.scope).run()
  const { result: notices } = await notifyExpiringCertificationsWorkflow(req.scope).run()
  res.json({
    delisted_product_ids: lapsed.product_ids,
    notified_certification_ids: notices.map((notice) => notice.certification_id),
  })
}
