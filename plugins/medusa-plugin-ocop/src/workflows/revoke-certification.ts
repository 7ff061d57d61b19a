import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { OcopEvents } from "../modules/ocop/lib/constants"
import { refreshListingsWorkflow } from "./refresh-listings"
import {
  revokeCertificationStep,
  type RevokeCertificationInput,
} from "./steps/revoke-certification"

/** Revocation (thu hồi) delists the product at once, unless an older valid certificate remains. */
export const revokeCertificationWorkflow = createWorkflow(
  "revoke-ocop-certification",
  (input: RevokeCertificationInput) => {
    const certification = revokeCertificationStep(input)
    const productIds = transform({ certification }, ({ certification }) => [
      certification.product_id,
    ])
    refreshListingsWorkflow.runAsStep({ input: { product_ids: productIds } })
    const event = transform({ certification }, ({ certification }) => ({
      id: certification.id,
      product_id: certification.product_id,
    }))
    emitEventStep({ eventName: OcopEvents.CERTIFICATION_REVOKED, data: event })
    return new WorkflowResponse(certification)
  },
)
