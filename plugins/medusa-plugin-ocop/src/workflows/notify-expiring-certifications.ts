import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { OcopEvents } from "../modules/ocop/lib/constants"
import { findExpiringCertificationsStep } from "./steps/find-expiring-certifications"
import { markExpiryNotifiedStep } from "./steps/mark-expiry-notified"

/**
 * The issuing body must tell the producer at least 30 days before a certificate expires, so
 * they can apply for re-evaluation. Each certificate is announced once: this marks it and emits
 * `ocop.certification.expiring`; the email goes out from a subscriber once this committed
 * (`subscribers/email-certification-expiring.ts`), so a mail server that is down never fails the
 * run.
 */
export const notifyExpiringCertificationsWorkflow = createWorkflow(
  "notify-expiring-ocop-certifications",
  () => {
    const notices = findExpiringCertificationsStep()
    const ids = transform({ notices }, ({ notices }) => notices.map((n) => n.certification_id))
    markExpiryNotifiedStep(ids)
    const events = transform({ notices }, ({ notices }) =>
      notices.map((n) => ({ id: n.certification_id, product_id: n.product_id })),
    )
    emitEventStep({ eventName: OcopEvents.CERTIFICATION_EXPIRING, data: events })
    return new WorkflowResponse(notices)
  },
)
