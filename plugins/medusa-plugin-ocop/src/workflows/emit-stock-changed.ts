import { emitEventStep } from "@medusajs/medusa/core-flows"
import { transform } from "@medusajs/framework/workflows-sdk"
import { ReadCacheTags } from "../lib/read-cache"
import { OcopEvents } from "../modules/ocop/lib/constants"
import { clearReadCacheStep } from "./steps/clear-read-cache"
import type { resolveShelfItemsStep } from "./steps/resolve-shelf-items"

/**
 * Inside a stock workflow: announces that the shelf items it resolved changed (one
 * `ocop.stock.changed` naming their products), after its shelf changes are applied, and
 * forgets the cached answers that showed the old stock.
 */
export function emitStockChanged(resolved: ReturnType<typeof resolveShelfItemsStep>) {
  clearReadCacheStep({ tags: [ReadCacheTags.stock] }).config({ name: "clear-ocop-stock-cache" })
  return emitEventStep({
    eventName: OcopEvents.STOCK_CHANGED,
    data: transform({ resolved }, ({ resolved }) =>
      resolved.items.map((item) => ({ product_id: item.product_id })),
    ),
  })
}
