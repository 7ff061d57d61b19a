import {
  acquireLockStep,
  emitEventStep,
  releaseLockStep,
  updateProductsWorkflow,
} from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { randomUUID } from "node:crypto"
import { OcopEvents } from "../modules/ocop/lib/constants"
import { ReadCacheTags } from "../lib/read-cache"
import { clearReadCacheStep } from "./steps/clear-read-cache"
import { planProductStatusesStep } from "./steps/plan-product-statuses"
import { refreshListingsStep } from "./steps/refresh-listings"

/**
 * One refresh of a product at a time, across every process (Redis locking in production). A
 * refresh reads the certificates, then writes the listing and the product status in later
 * steps: two at once — the worker's subscriber for a new variant, and an officer recording the
 * certificate on a server — could otherwise let the one that read before the certificate
 * committed write "unlisted, draft" last, over the other's "listed, published". Keys are sorted
 * and owned by this run, so a run re-acquiring its own key is not blocked by itself.
 */
const LOCK = { timeout: 30, ttl: 60, executeOnSubWorkflow: true }

/**
 * The gate: recompute each product's listing from its certificates, then make the product's
 * status follow (published iff listable), and forget the cached answers that listed it. Runs
 * on every certificate change and on expiry.
 */
export const refreshListingsWorkflow = createWorkflow(
  "refresh-ocop-listings",
  (input: { product_ids: string[] }) => {
    const lock = transform({ input }, ({ input }) => ({
      key: [...new Set(input.product_ids)].sort().map((id) => `ocop-listing:${id}`),
      ownerId: `ocop-listing:${randomUUID()}`,
    }))
    acquireLockStep({ ...LOCK, key: lock.key, ownerId: lock.ownerId })
    const verdicts = refreshListingsStep(input)
    const statusUpdates = planProductStatusesStep(verdicts)
    when({ statusUpdates }, ({ statusUpdates }) => statusUpdates.length > 0).then(() => {
      updateProductsWorkflow.runAsStep({ input: { products: statusUpdates } })
    })
    // Never stale on the gate: the shoppers' cached answers go before this workflow returns.
    clearReadCacheStep({ tags: [ReadCacheTags.catalog] })
    releaseLockStep({
      key: lock.key,
      ownerId: lock.ownerId,
      executeOnSubWorkflow: true,
    })
    const events = transform({ verdicts }, ({ verdicts }) =>
      verdicts.map((verdict) => ({ product_id: verdict.product_id, listed: verdict.listed })),
    )
    emitEventStep({ eventName: OcopEvents.LISTING_CHANGED, data: events })
    return new WorkflowResponse(verdicts)
  },
)
