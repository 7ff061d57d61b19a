import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { OcopEvents } from "../modules/ocop/lib/constants"
import { refreshListingAndEmit } from "./certification-changed"
import {
  revokeCertificationStep,
  type RevokeCertificationInput,
} from "./steps/revoke-certification"

/** Revocation (thu hồi) delists the product at once, unless an older valid certificate remains. */
export const revokeCertificationWorkflow = createWorkflow(
  "revoke-ocop-certification",
  (input: RevokeCertificationInput) => {
    const certification = revokeCertificationStep(input)
    refreshListingAndEmit(certification, OcopEvents.CERTIFICATION_REVOKED)
    return new WorkflowResponse(certification)
  },
)
