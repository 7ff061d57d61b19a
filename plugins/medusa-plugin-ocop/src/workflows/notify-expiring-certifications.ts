import { emitEventStep, sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { EMAILS } from "../lib/email/templates"
import { OcopEvents } from "../modules/ocop/lib/constants"
import { findExpiringCertificationsStep } from "./steps/find-expiring-certifications"
import { markExpiryNotifiedStep } from "./steps/mark-expiry-notified"

/**
 * The issuing body must tell the producer at least 30 days before a certificate expires, so
 * they can apply for re-evaluation. Each certificate is announced once.
 */
export const notifyExpiringCertificationsWorkflow = createWorkflow(
  "notify-expiring-ocop-certifications",
  () => {
    const notices = findExpiringCertificationsStep()
    const notifications = transform({ notices }, ({ notices }) =>
      notices
        .filter((notice) => notice.producer_email)
        .map((notice) => ({
          to: notice.producer_email as string,
          channel: "email",
          template: EMAILS.certificationExpiring,
          resource_id: notice.certification_id,
          resource_type: "ocop_certification",
          idempotency_key: `ocop-expiry-${notice.certification_id}`,
          data: {
            certificate_number: notice.certificate_number,
            product_id: notice.product_id,
            expires_at: notice.expires_at,
          },
        })),
    )
    sendNotificationsStep(notifications)
    const ids = transform({ notices }, ({ notices }) => notices.map((n) => n.certification_id))
    markExpiryNotifiedStep(ids)
    const events = transform({ notices }, ({ notices }) =>
      notices.map((n) => ({ id: n.certification_id, product_id: n.product_id })),
    )
    emitEventStep({ eventName: OcopEvents.CERTIFICATION_EXPIRING, data: events })
    return new WorkflowResponse(notices)
  },
)
