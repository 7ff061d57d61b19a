import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ListingChange } from "./refresh-listings"

export type StatusUpdate = { id: string; status: ProductStatus }

/**
 * The product status each verdict calls for: listable products are published, unlisted
 * published products go back to draft. Products already in the right status are left alone.
 */
export const planProductStatusesStep = createStep(
  "plan-ocop-product-statuses",
  async (verdicts: ListingChange[], { container }) => {
    if (!verdicts.length) return new StepResponse([] as StatusUpdate[])
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: products } = await query.graph({
      entity: "product",
      fields: ["id", "status"],
      filters: { id: verdicts.map((verdict) => verdict.product_id) },
    })
    const statusOf = new Map(products.map((product) => [product.id, product.status]))
    const updates: StatusUpdate[] = []
    for (const { product_id, listed } of verdicts) {
      const status = statusOf.get(product_id)
      if (listed && status !== ProductStatus.PUBLISHED) {
        updates.push({ id: product_id, status: ProductStatus.PUBLISHED })
      } else if (!listed && status === ProductStatus.PUBLISHED) {
        updates.push({ id: product_id, status: ProductStatus.DRAFT })
      }
    }
    return new StepResponse(updates)
  },
)
