import type { MedusaContainer } from "@medusajs/framework/types"
import { OCOP_MODULE } from "../../../modules/ocop/lib/constants"
import type OcopModuleService from "../../../modules/ocop/service"
import { placeView } from "../../../lib/place-view"
import { levelsOf, variantsWithLevels } from "../../../lib/stock-levels"

type VariantRow = { id: string; title: string; sku: string | null; product_id: string }

/** The producer's goods on each shelf of the network: consigned stock, reserved, available. */
export async function producerStock(container: MedusaContainer, producerId: string) {
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const listings = await ocop.listListings({ producer_id: producerId }, { select: ["product_id"] })
  if (!listings.length) return []
  const variants = await variantsWithLevels<VariantRow>(
    container,
    ["id", "title", "sku", "product_id"],
    { product_id: listings.map((listing) => listing.product_id) },
  )
  const rows = variants.flatMap((variant) =>
    levelsOf(variant).map((level) => ({
      product_id: variant.product_id,
      variant_id: variant.id,
      variant_title: variant.title,
      sku: variant.sku,
      ...level,
    })),
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
