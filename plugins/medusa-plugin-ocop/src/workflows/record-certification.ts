import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { OcopEvents } from "../modules/ocop/lib/constants"
import { refreshListingAndEmit } from "./certification-changed"
import { createCertificationStep } from "./steps/create-certification"
import { validateCertificationStep } from "./steps/validate-certification"
import type { CertificationInput } from "./types"

/** A programme officer records a council's result; the product's listing follows at once. */
export const recordCertificationWorkflow = createWorkflow(
  "record-ocop-certification",
  (input: CertificationInput) => {
    const record = validateCertificationStep(input)
    const certification = createCertificationStep(record)
    refreshListingAndEmit(certification, OcopEvents.CERTIFICATION_RECORDED)
    return new WorkflowResponse(certification)
  },
)
