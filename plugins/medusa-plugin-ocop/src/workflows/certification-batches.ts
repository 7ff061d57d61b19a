import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { OcopEvents } from "../modules/ocop/lib/constants"
import { refreshListingsWorkflow } from "./refresh-listings"
import { createCertificationsStep } from "./steps/create-certifications"
import type { RevokeCertificationInput } from "./steps/revoke-certification"
import { revokeCertificationsStep } from "./steps/revoke-certifications"
import { validateCertificationsStep } from "./steps/validate-certifications"
import type { CertificationInput } from "./types"

/** Largest batch a caller should send in one run: one transaction's worth of rows. */
export const CERTIFICATION_BATCH_SIZE = 500

const changed = (certifications: { id: string; product_id: string }[]) => ({
  product_ids: certifications.map((certification) => certification.product_id),
  events: certifications.map(({ id, product_id }) => ({ id, product_id })),
})

/**
 * A council session's results at once, by the rules of recordCertificationWorkflow: every item
 * is checked first and one bad item refuses the batch; then one insert, one gate refresh for
 * the batch's products and one recorded event per certificate.
 */
export const recordCertificationsWorkflow = createWorkflow(
  "record-ocop-certifications",
  (input: { certifications: CertificationInput[] }) => {
    const records = validateCertificationsStep(input.certifications)
    const certifications = createCertificationsStep(records)
    const change = transform({ certifications }, ({ certifications }) => changed(certifications))
    refreshListingsWorkflow.runAsStep({ input: { product_ids: change.product_ids } })
    emitEventStep({ eventName: OcopEvents.CERTIFICATION_RECORDED, data: change.events })
    return new WorkflowResponse(certifications)
  },
)

/** Revokes many certificates at once, by the rules of revokeCertificationWorkflow. */
export const revokeCertificationsWorkflow = createWorkflow(
  "revoke-ocop-certifications",
  (input: { revocations: RevokeCertificationInput[] }) => {
    const certifications = revokeCertificationsStep(input.revocations)
    const change = transform({ certifications }, ({ certifications }) => changed(certifications))
    refreshListingsWorkflow.runAsStep({ input: { product_ids: change.product_ids } })
    emitEventStep({ eventName: OcopEvents.CERTIFICATION_REVOKED, data: change.events })
    return new WorkflowResponse(certifications)
  },
)
