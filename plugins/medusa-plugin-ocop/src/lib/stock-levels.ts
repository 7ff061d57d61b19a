import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type LevelRow = { location_id: string; stocked_quantity: number; reserved_quantity: number }
type WithLevels = {
  inventory_items?: { inventory?: { location_levels?: LevelRow[] | null } | null }[] | null
}

/** One stock location's level of a variant: on shelf, reserved, and available (the difference). */
export type StockLevel = {
  location_id: string
  stocked: number
  reserved: number
  available: number
}

/**
 * Variants with their stock levels at every location (the given fields plus the levels'
 * quantities, which query.graph reads only when asked for both).
 */
export async function variantsWithLevels<Row extends object>(
  container: MedusaContainer,
  fields: string[],
  filters: Record<string, unknown>,
): Promise<(Row & WithLevels)[]> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_variant",
    fields: [
      ...fields,
      "inventory_items.inventory.location_levels.location_id",
      "inventory_items.inventory.location_levels.stocked_quantity",
      "inventory_items.inventory.location_levels.reserved_quantity",
    ],
    filters,
  })
  return data as (Row & WithLevels)[]
}

/** A variant's levels, one per location of each of its inventory items. */
export const levelsOf = (variant: WithLevels): StockLevel[] =>
  (variant.inventory_items ?? []).flatMap((item) =>
    (item.inventory?.location_levels ?? []).map((level) => {
      const stocked = Number(level.stocked_quantity)
      const reserved = Number(level.reserved_quantity)
      return { location_id: level.location_id, stocked, reserved, available: stocked - reserved }
    }),
  )
