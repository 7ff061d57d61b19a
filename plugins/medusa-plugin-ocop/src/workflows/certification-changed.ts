import { emitEventStep } from "@medusajs/medusa/core-flows"
import { transform, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { refreshListingsWorkflow } from "./refresh-listings"

type Changed = { id: string; product_id: string }

/**
 * Within a workflow that recorded or revoked one certification: the product's listing follows
 * at once, then the event (held until the workflow completes) names the certification.
 */
export function refreshListingAndEmit(certification: WorkflowData<Changed>, eventName: string) {
  const productIds = transform({ certification }, ({ certification }) => [certification.product_id])
  refreshListingsWorkflow.runAsStep({ input: { product_ids: productIds } })
  const event = transform({ certification }, ({ certification }) => ({
    id: certification.id,
    product_id: certification.product_id,
  }))
  emitEventStep({ eventName, data: event })
}
