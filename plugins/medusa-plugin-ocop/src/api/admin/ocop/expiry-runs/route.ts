import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { expireCertificationsWorkflow } from "../../../../workflows/expire-certifications"

/** Runs the expiry job now, for an officer who just corrected dates or wants to check. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await expireCertificationsWorkflow(req.scope).run()
  res.json({ delisted_product_ids: result.product_ids })
}
