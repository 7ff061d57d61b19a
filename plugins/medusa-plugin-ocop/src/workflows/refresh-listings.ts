import { emitEventStep, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { OcopEvents } from "../modules/ocop/lib/constants"
import { ReadCacheTags } from "../lib/read-cache"
import { clearReadCacheStep } from "./steps/clear-read-cache"
import { planProductStatusesStep } from "./steps/plan-product-statuses"
import { refreshListingsStep } from "./steps/refresh-listings"

/**
 * The gate: recompute each product's listing from its certificates, then make the product's
 * status follow (published iff listable), and forget the cached answers that listed it. Runs
 * on every certificate change and on expiry.
 */
export const refreshListingsWorkflow = createWorkflow(
  "refresh-ocop-listings",
  (input: { product_ids: string[] }) => {
    const verdicts = refreshListingsStep(input)
    const statusUpdates = planProductStatusesStep(verdicts)
    when({ statusUpdates }, ({ statusUpdates }) => statusUpdates.length > 0).then(() => {
      updateProductsWorkflow.runAsStep({ input: { products: statusUpdates } })
    })
    // Never stale on the gate: the shoppers' cached answers go before this workflow returns.
    clearReadCacheStep({ tags: [ReadCacheTags.catalog] })
    const events = transform({ verdicts }, ({ verdicts }) =>
      verdicts.map((verdict) => ({ product_id: verdict.product_id, listed: verdict.listed })),
    )
    emitEventStep({ eventName: OcopEvents.LISTING_CHANGED, data: events })
    return new WorkflowResponse(verdicts)
  },
)
