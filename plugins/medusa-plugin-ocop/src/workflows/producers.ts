import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ReadCacheTags } from "../lib/read-cache"
import { refreshListingsWorkflow } from "./refresh-listings"
import { clearReadCacheStep } from "./steps/clear-read-cache"
import { assignProductsStep, type AssignProductsInput } from "./steps/assign-products"
import { createProducersStep } from "./steps/create-producers"
import { syncListingProvincesStep } from "./steps/sync-listing-provinces"
import { updateProducerStep, type UpdateProducerInput } from "./steps/update-producer"
import type { ProducerInput } from "./types"

export const createProducersWorkflow = createWorkflow(
  "create-ocop-producers",
  (input: { producers: ProducerInput[] }) => {
    const producers = createProducersStep(input.producers)
    return new WorkflowResponse(producers)
  },
)

export const updateProducerWorkflow = createWorkflow(
  "update-ocop-producer",
  (input: UpdateProducerInput) => {
    const producer = updateProducerStep(input)
    syncListingProvincesStep({ producer_id: input.id, province: input.province })
    clearReadCacheStep({ tags: [ReadCacheTags.catalog] })
    return new WorkflowResponse(producer)
  },
)

/** A product belongs to exactly one producer; assigning it makes it a candidate for listing. */
export const assignProductsToProducerWorkflow = createWorkflow(
  "assign-products-to-ocop-producer",
  (input: AssignProductsInput) => {
    const productIds = assignProductsStep(input)
    const refreshInput = transform({ productIds }, ({ productIds }) => ({
      product_ids: productIds,
    }))
    refreshListingsWorkflow.runAsStep({ input: refreshInput })
    return new WorkflowResponse(productIds)
  },
)
