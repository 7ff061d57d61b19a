import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../../modules/ocop/lib/constants"
import type OcopModuleService from "../../../modules/ocop/service"
import { placeView } from "../../../lib/place-view"

type Level = { location_id: string; stocked_quantity: number; reserved_quantity: number }
type VariantRow = {
  id: string
  title: string
  sku: string | null
  product_id: string
  inventory_items?: { inventory?: { location_levels?: Level[] | null } | null }[] | null
}

/** The producer's goods on each shelf of the network: consigned stock, reserved, available. */
export async function producerStock(container: MedusaContainer, producerId: string) {
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const listings = await ocop.listListings({ producer_id: producerId }, { select: ["product_id"] })
  if (!listings.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: [
      "id",
      "title",
      "sku",
      "product_id",
      "inventory_items.inventory.location_levels.location_id",
      "inventory_items.inventory.location_levels.stocked_quantity",
      "inventory_items.inventory.location_levels.reserved_quantity",
    ],
    filters: { product_id: listings.map((listing) => listing.product_id) },
  })
  const rows = (data as VariantRow[]).flatMap((variant) =>
    (variant.inventory_items ?? []).flatMap((item) =>
      (item.inventory?.location_levels ?? []).map((level) => ({
        product_id: variant.product_id,
        variant_id: variant.id,
        variant_title: variant.title,
        sku: variant.sku,
        location_id: level.location_id,
        stocked: Number(level.stocked_quantity),
        reserved: Number(level.reserved_quantity),
        available: Number(level.stocked_quantity) - Number(level.reserved_quantity),
      })),
    ),
  )
  const places = await placeView(
    container,
    await ocop.listPlaces({ stock_location_id: [...new Set(rows.map((row) => row.location_id))] }),
  )
  const placeOf = new Map(places.map((place) => [place.stock_location_id, place]))
  return rows.map(({ location_id, ...row }) => {
    const place = placeOf.get(location_id)
    return {
      ...row,
      place: place
        ? { id: place.id, name: place.name, type: place.type, province: place.province }
        : { id: null, name: location_id, type: null, province: null },
    }
  })
}
