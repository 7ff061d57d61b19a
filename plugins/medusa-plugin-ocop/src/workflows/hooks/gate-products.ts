import { createProductsWorkflow, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { assertPublishedAreListed } from "../../lib/gate"

// Nobody — admin, producer, CSV import — publishes a product the certificate gate does not list.
createProductsWorkflow.hooks.productsCreated(async ({ products }, { container }) => {
  await assertPublishedAreListed(container, products)
})

updateProductsWorkflow.hooks.productsUpdated(async ({ products }, { container }) => {
  await assertPublishedAreListed(container, products)
})
