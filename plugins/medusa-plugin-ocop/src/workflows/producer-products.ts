import { createProductsWorkflow, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { ProductStatus } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { refreshListingsWorkflow } from "./refresh-listings"
import { assignProductsStep } from "./steps/assign-products"
import { planProducerProductUpdateStep } from "./steps/plan-producer-product-update"
import { productDefaultsStep } from "./steps/product-defaults"
import type { ProducerProductInput, ProducerProductUpdate } from "./types"

const OPTION = "Quy cách"

/** A producer's new listing: a draft product of theirs, unlisted until an officer certifies it. */
export const createProducerProductWorkflow = createWorkflow(
  "create-ocop-producer-product",
  (input: { producer_id: string; product: ProducerProductInput }) => {
    const defaults = productDefaultsStep()
    const productsInput = transform({ input, defaults }, ({ input, defaults }) => {
      const { variants, ...fields } = input.product
      return {
        products: [
          {
            ...fields,
            status: ProductStatus.DRAFT,
            shipping_profile_id: defaults.shipping_profile_id,
            sales_channels: [{ id: defaults.sales_channel_id }],
            options: [{ title: OPTION, values: variants.map((variant) => variant.title) }],
            variants: variants.map((variant) => ({
              title: variant.title,
              sku: variant.sku ?? undefined,
              weight: variant.weight ?? undefined,
              manage_inventory: true,
              options: { [OPTION]: variant.title },
              prices: [{ amount: variant.price, currency_code: "vnd" }],
            })),
          },
        ],
      }
    })
    const products = createProductsWorkflow.runAsStep({ input: productsInput })
    const assignment = transform({ input, products }, ({ input, products }) => ({
      producer_id: input.producer_id,
      product_ids: products.map((product) => product.id),
    }))
    const productIds = assignProductsStep(assignment)
    const refreshInput = transform({ productIds }, ({ productIds }) => ({
      product_ids: productIds,
    }))
    refreshListingsWorkflow.runAsStep({ input: refreshInput })
    return new WorkflowResponse(products)
  },
)

/** A producer edits their listing's texts, images and variants — never status or channels. */
export const updateProducerProductWorkflow = createWorkflow(
  "update-ocop-producer-product",
  (input: { product_id: string; update: ProducerProductUpdate }) => {
    const update = planProducerProductUpdateStep(input)
    const productsInput = transform({ update }, ({ update }) => ({ products: [update] }))
    const products = updateProductsWorkflow.runAsStep({ input: productsInput })
    const ids = transform({ input }, ({ input }) => ({ product_ids: [input.product_id] }))
    refreshListingsWorkflow.runAsStep({ input: ids })
    return new WorkflowResponse(products)
  },
)
