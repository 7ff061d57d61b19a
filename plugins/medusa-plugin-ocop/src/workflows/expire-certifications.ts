import { createWorkflow, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { refreshListingsWorkflow } from "./refresh-listings"
import { findLapsedListingsStep } from "./steps/find-lapsed-listings"

/** Delists every product whose certificate expired; run by a scheduled job and on demand. */
export const expireCertificationsWorkflow = createWorkflow("expire-ocop-certifications", () => {
  const lapsed = findLapsedListingsStep()
  when({ lapsed }, ({ lapsed }) => lapsed.product_ids.length > 0).then(() => {
    refreshListingsWorkflow.runAsStep({ input: lapsed })
  })
  return new WorkflowResponse(lapsed)
})
