import { emitEventStep } from "@medusajs/medusa/core-flows"
import { transform } from "@medusajs/framework/workflows-sdk"
import { OcopEvents } from "../modules/ocop/lib/constants"
import type { resolveShelfItemsStep } from "./steps/resolve-shelf-items"

/**
 * Inside a stock workflow: announces that the shelf items it resolved changed (one
 * `ocop.stock.changed` naming their products), after its shelf changes are applied.
 */
export function emitStockChanged(resolved: ReturnType<typeof resolveShelfItemsStep>) {
  return emitEventStep({
    eventName: OcopEvents.STOCK_CHANGED,
    data: transform({ resolved }, ({ resolved }) =>
      resolved.items.map((item) => ({ product_id: item.product_id })),
    ),
  })
}
