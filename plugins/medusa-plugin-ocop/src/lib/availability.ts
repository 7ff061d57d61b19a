import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../modules/ocop/lib/constants"
import type OcopModuleService from "../modules/ocop/service"
import { placeView } from "./place-view"

type LevelRow = { location_id: string; stocked_quantity: number; reserved_quantity: number }
type VariantRow = {
  id: string
  manage_inventory: boolean
  inventory_items?: { inventory?: { location_levels?: LevelRow[] | null } | null }[] | null
}

/**
 * Where a shopper can find the product now: each place of the showroom network holding
 * available stock (on shelf minus reserved), per variant, nearest-province grouping left to
 * the page.
 */
export async function productAvailability(container: MedusaContainer, productId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: [
      "id",
      "manage_inventory",
      "inventory_items.inventory.location_levels.location_id",
      "inventory_items.inventory.location_levels.stocked_quantity",
      "inventory_items.inventory.location_levels.reserved_quantity",
    ],
    filters: { product_id: productId },
  })
  const perLocation = new Map<string, Record<string, number>>()
  for (const variant of data as VariantRow[]) {
    if (!variant.manage_inventory) continue
    for (const item of variant.inventory_items ?? []) {
      for (const level of item.inventory?.location_levels ?? []) {
        const available = Number(level.stocked_quantity) - Number(level.reserved_quantity)
        if (available <= 0) continue
        const quantities = perLocation.get(level.location_id) ?? {}
        quantities[variant.id] = (quantities[variant.id] ?? 0) + available
        perLocation.set(level.location_id, quantities)
      }
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
