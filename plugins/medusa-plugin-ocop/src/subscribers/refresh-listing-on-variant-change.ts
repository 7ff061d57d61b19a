import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refreshListingsWorkflow } from "../workflows/refresh-listings"

/** Keeps a listing's lowest price in step when a product's variants change. */
export default async function refreshListingOnVariantChange({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["product_id"],
    filters: { id: event.data.id },
  })
  const productIds = variants.map((variant) => variant.product_id as string).filter(Boolean)
  if (!productIds.length) return
  await refreshListingsWorkflow(container).run({ input: { product_ids: productIds } })
}

export const config: SubscriberConfig = {
  event: ["product-variant.updated", "product-variant.created"],
}
