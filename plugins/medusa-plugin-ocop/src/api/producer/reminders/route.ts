import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { certificationState } from "../../../modules/ocop/lib/certification-rules"
import { EXPIRY_NOTICE_DAYS, OCOP_MODULE } from "../../../modules/ocop/lib/constants"
import type OcopModuleService from "../../../modules/ocop/service"
import { currentProducerId } from "../../../lib/producer-context"

/** Certificates of the producer's listed products that expire within 30 days: re-apply now. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const producerId = await currentProducerId(req)
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const horizon = new Date(Date.now() + EXPIRY_NOTICE_DAYS * 864e5)
  const listings = await ocop.listListings({
    producer_id: producerId,
    listed: true,
    listed_until: { $lte: horizon },
  })
  const ids = listings.map((listing) => listing.certification_id).filter((id): id is string => !!id)
  const certifications = ids.length ? await ocop.listCertifications({ id: ids }) : []
  res.json({
    reminders: certifications.map((cert) => ({
      product_id: cert.product_id,
      certificate_number: cert.certificate_number,
      stars: cert.stars,
      expires_at: cert.expires_at,
      state: certificationState(cert),
      days_left: Math.max(0, Math.ceil((new Date(cert.expires_at).getTime() - Date.now()) / 864e5)),
    })),
  })
}
