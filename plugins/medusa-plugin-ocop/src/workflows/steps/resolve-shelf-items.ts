import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../modules/ocop/lib/constants"
import type OcopModuleService from "../../modules/ocop/service"
import { vndAmount } from "../../lib/prices"

export type ShelfItemInput = { variant_id: string }
export type ResolvedShelfItem = {
  variant_id: string
  product_id: string
  inventory_item_id: string
  producer_id: string | null
  unit_price: number | null
  title: string
}

type VariantRow = {
  id: string
  title: string
  product_id: string
  manage_inventory: boolean
  product?: { title?: string } | null
  prices?: { amount: number; currency_code: string }[] | null
  inventory_items?: { inventory_item_id: string }[] | null
}

/** The places' stock locations and each variant's single inventory item; 404 for unknown ids. */
export const resolveShelfItemsStep = createStep(
  "resolve-ocop-shelf-items",
  async (input: { place_ids: string[]; items: ShelfItemInput[] }, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const placeIds = [...new Set(input.place_ids)]
    const places = await ocop.listPlaces({ id: placeIds })
    const missingPlace = placeIds.find((id) => !places.some((place) => place.id === id))
    if (missingPlace) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Place ${missingPlace} was not found.`)
    }
    const variantIds = [...new Set(input.items.map((item) => item.variant_id))]
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product_variant",
      fields: [
        "id",
        "title",
        "product_id",
        "manage_inventory",
        "product.title",
        "prices.amount",
        "prices.currency_code",
        "inventory_items.inventory_item_id",
      ],
      filters: { id: variantIds },
    })
    const variants = data as VariantRow[]
    const listings = await ocop.listListings({ product_id: variants.map((v) => v.product_id) })
    const items: ResolvedShelfItem[] = variantIds.map((id) => {
      const variant = variants.find((row) => row.id === id)
      if (!variant)
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Variant ${id} was not found.`)
      const links = variant.inventory_items ?? []
      if (!variant.manage_inventory || links.length !== 1) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Variant ${id} has no single stocked item (services such as tours are not shelf stock).`,
        )
      }
      return {
        variant_id: id,
        product_id: variant.product_id,
        inventory_item_id: links[0].inventory_item_id,
        producer_id: listings.find((l) => l.product_id === variant.product_id)?.producer_id ?? null,
        unit_price: vndAmount(variant.prices),
        title: `${variant.product?.title ?? ""} — ${variant.title}`,
      }
    })
    return new StepResponse({
      locations: Object.fromEntries(places.map((place) => [place.id, place.stock_location_id])),
      items,
    })
  },
)
