import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EXPIRY_NOTICE_DAYS, OCOP_MODULE } from "../../modules/ocop/lib/constants"
import type OcopModuleService from "../../modules/ocop/service"

export type ExpiryNotice = {
  certification_id: string
  certificate_number: string
  product_id: string
  expires_at: Date
  producer_id: string
  producer_email: string | null
}

/** Current certificates of listed products that expire within 30 days and were not announced. */
export const findExpiringCertificationsStep = createStep(
  "find-expiring-ocop-certifications",
  async (_: void, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const horizon = new Date(Date.now() + EXPIRY_NOTICE_DAYS * 24 * 3600 * 1000)
    const listings = await ocop.listListings(
      { listed: true, listed_until: { $lte: horizon } },
      { relations: ["producer"] },
    )
    const certifications = await ocop.listCertifications({
      id: listings.map((listing) => listing.certification_id).filter((id): id is string => !!id),
      expiry_notified_at: null,
    })
    const notices: ExpiryNotice[] = certifications.map((cert) => {
      const listing = listings.find((row) => row.certification_id === cert.id)!
      return {
        certification_id: cert.id,
        certificate_number: cert.certificate_number,
        product_id: cert.product_id,
        expires_at: cert.expires_at,
        producer_id: listing.producer.id,
        producer_email: listing.producer.email,
      }
    })
    return new StepResponse(notices)
  },
)
