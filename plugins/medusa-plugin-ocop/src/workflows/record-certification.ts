import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { OcopEvents } from "../modules/ocop/lib/constants"
import { refreshListingsWorkflow } from "./refresh-listings"
import { createCertificationStep } from "./steps/create-certification"
import { validateCertificationStep } from "./steps/validate-certification"
import type { CertificationInput } from "./types"

/** A programme officer records a council's result; the product's listing follows at once. */
export const recordCertificationWorkflow = createWorkflow(
  "record-ocop-certification",
  (input: CertificationInput) => {
    const record = validateCertificationStep(input)
    const certification = createCertificationStep(record)
    const productIds = transform({ certification }, ({ certification }) => [
      certification.product_id,
    ])
    refreshListingsWorkflow.runAsStep({ input: { product_ids: productIds } })
    const event = transform({ certification }, ({ certification }) => ({
      id: certification.id,
      product_id: certification.product_id,
    }))
    emitEventStep({ eventName: OcopEvents.CERTIFICATION_RECORDED, data: event })
    return new WorkflowResponse(certification)
  },
)
