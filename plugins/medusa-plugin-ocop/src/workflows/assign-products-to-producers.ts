import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { refreshListingsWorkflow } from "./refresh-listings"
import { type AssignProductsInput, assignProductsToProducersStep } from "./steps/assign-products"

/**
 * assignProductsToProducerWorkflow for many producers in one run: every product gets its one
 * producer's listing, then one gate refresh for all of them. An unknown producer or product
 * refuses the whole batch.
 */
export const assignProductsToProducersWorkflow = createWorkflow(
  "assign-products-to-ocop-producers",
  (input: { assignments: AssignProductsInput[] }) => {
    const productIds = assignProductsToProducersStep(input.assignments)
    const refreshInput = transform({ productIds }, ({ productIds }) => ({
      product_ids: productIds,
    }))
    refreshListingsWorkflow.runAsStep({ input: refreshInput })
    return new WorkflowResponse(productIds)
  },
)
