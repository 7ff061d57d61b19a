import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { clearReadCache, ReadCacheTags, type ReadCacheTag } from "../lib/read-cache"

/**
 * Changes made through Medusa's own workflows (the dashboard, orders) that the shoppers'
 * cached answers show: a product's title, pictures or prices (catalogue), an order's
 * reservations (availability). The gate itself never waits for this: the workflows that list
 * and delist clear in their own run (lib/read-cache.ts).
 */
const tagsByEvent: Record<string, ReadCacheTag[]> = {
  "product.updated": [ReadCacheTags.catalog],
  "product.deleted": [ReadCacheTags.catalog],
  "product-variant.updated": [ReadCacheTags.catalog],
  "product-variant.deleted": [ReadCacheTags.catalog],
  "order.placed": [ReadCacheTags.stock],
  "order.canceled": [ReadCacheTags.stock],
}

export default async function clearReadCacheOnCoreChange({ event, container }: SubscriberArgs) {
  await clearReadCache(container, tagsByEvent[event.name] ?? [])
}

export const config: SubscriberConfig = { event: Object.keys(tagsByEvent) }
