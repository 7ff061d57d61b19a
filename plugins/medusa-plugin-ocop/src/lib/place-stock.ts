import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { DEFAULT_LOW_STOCK_THRESHOLD, OCOP_MODULE } from "../modules/ocop/lib/constants"
import type OcopModuleService from "../modules/ocop/service"

type VariantRow = {
  id: string
  title: string
  sku: string | null
  product?: { id: string; title: string } | null
}
type ItemRow = { id: string; variants?: VariantRow[] | null }

/** A place's shelf: per variant on shelf, reserved for online orders, available, and low flag. */
export async function placeStock(
  container: MedusaContainer,
  place: { id: string; stock_location_id: string },
  q?: string,
) {
  const inventory = container.resolve(Modules.INVENTORY)
  const levels = await inventory.listInventoryLevels({ location_id: place.stock_location_id })
  if (!levels.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const itemIds = levels.map((level) => level.inventory_item_id)
  const [{ data }, thresholds] = await Promise.all([
    query.graph({
      entity: "inventory_item",
      fields: [
        "id",
        "variants.id",
        "variants.title",
        "variants.sku",
        "variants.product.id",
        "variants.product.title",
      ],
      filters: { id: itemIds },
    }),
    ocop.listStockThresholds({ place_id: place.id }),
  ])
  const variantOf = new Map<string, VariantRow | undefined>(
    (data as ItemRow[]).map((item) => [item.id, item.variants?.[0]]),
  )
  const needle = q?.trim().toLowerCase()
  return levels
    .map((level) => {
      const variant = variantOf.get(level.inventory_item_id)
      const stocked = Number(level.stocked_quantity)
      const reserved = Number(level.reserved_quantity)
      const threshold =
        thresholds.find((t) => t.inventory_item_id === level.inventory_item_id)?.threshold ??
        DEFAULT_LOW_STOCK_THRESHOLD
      return {
        inventory_item_id: level.inventory_item_id,
        variant_id: variant?.id ?? null,
        sku: variant?.sku ?? null,
        product_id: variant?.product?.id ?? null,
        title: `${variant?.product?.title ?? ""} — ${variant?.title ?? ""}`,
        stocked,
        reserved,
        available: stocked - reserved,
        low: stocked - reserved <= threshold,
      }
    })
    .filter((row) => !needle || `${row.title} ${row.sku ?? ""}`.toLowerCase().includes(needle))
    .sort((a, b) => a.title.localeCompare(b.title, "vi"))
}
