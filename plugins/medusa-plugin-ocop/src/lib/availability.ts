import type { MedusaContainer } from "@medusajs/framework/types"
import { OCOP_MODULE } from "../modules/ocop/lib/constants"
import type OcopModuleService from "../modules/ocop/service"
import { placeView } from "./place-view"
import { levelsOf, variantsWithLevels } from "./stock-levels"

/**
 * Where a shopper can find the product now: each place of the showroom network holding
 * available stock (on shelf minus reserved), per variant, nearest-province grouping left to
 * the page.
 */
export async function productAvailability(container: MedusaContainer, productId: string) {
  const variants = await variantsWithLevels<{ id: string; manage_inventory: boolean }>(
    container,
    ["id", "manage_inventory"],
    { product_id: productId },
  )
  const perLocation = new Map<string, Record<string, number>>()
  for (const variant of variants) {
    if (!variant.manage_inventory) continue
    for (const { location_id, available } of levelsOf(variant)) {
      if (available <= 0) continue
      const quantities = perLocation.get(location_id) ?? {}
      quantities[variant.id] = (quantities[variant.id] ?? 0) + available
      perLocation.set(location_id, quantities)
    }
  }
  if (!perLocation.size) return []
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const places = await ocop.listPlaces({ stock_location_id: [...perLocation.keys()] })
  const views = await placeView(container, places)
  return views
    .map((place) => {
      const quantities = perLocation.get(place.stock_location_id) ?? {}
      const available = Object.values(quantities).reduce((sum, n) => sum + n, 0)
      return { ...place, available, quantities }
    })
    .sort(
      (a, b) => a.province.localeCompare(b.province, "vi") || a.name.localeCompare(b.name, "vi"),
    )
}
