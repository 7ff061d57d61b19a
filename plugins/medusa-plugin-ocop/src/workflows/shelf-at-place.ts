import { emitEventStep } from "@medusajs/medusa/core-flows"
import { transform } from "@medusajs/framework/workflows-sdk"
import { ReadCacheTags } from "../lib/read-cache"
import { OcopEvents } from "../modules/ocop/lib/constants"
import { clearReadCacheStep } from "./steps/clear-read-cache"
import { resolveShelfItemsStep } from "./steps/resolve-shelf-items"

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

/** Inside a stock workflow: the place's shelf and each line's inventory item (404 if unknown). */
export function resolveAtPlace(input: { place_id: string; items: { variant_id: string }[] }) {
  return resolveShelfItemsStep(
    transform({ input }, ({ input }) => ({ place_ids: [input.place_id], items: input.items })),
  )
}
