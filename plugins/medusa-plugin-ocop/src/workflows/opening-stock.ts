import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { createInventoryLevelsWorkflow } from "@medusajs/medusa/core-flows"
import { OCOP_MODULE } from "../modules/ocop/lib/constants"
import type OcopModuleService from "../modules/ocop/service"

type OpeningLevel = { inventory_item_id: string; location_id: string; stocked_quantity: number }

/**
 * A `receipt` movement, in the system's name, for each opening level at a place: the goods came
 * from the producer whose listing holds the item's product, so statements and the movement
 * history account for them. Levels at locations that are not places are left without one.
 */
const recordOpeningMovementsStep = createStep(
  "ocop-record-opening-movements",
  async (levels: OpeningLevel[], { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const places = await ocop.listPlaces(
      { stock_location_id: [...new Set(levels.map((level) => level.location_id))] },
      { select: ["id", "stock_location_id"] },
    )
    const { data: items } = await query.graph({
      entity: "inventory_item",
      fields: ["id", "variants.id", "variants.product_id"],
      filters: { id: [...new Set(levels.map((level) => level.inventory_item_id))] },
    })
    const variantOf = new Map(
      (items as { id: string; variants?: { id: string; product_id: string }[] }[]).map((item) => [
        item.id,
        item.variants?.[0],
      ]),
    )
    const listings = await ocop.listListings(
      {
        product_id: [...new Set([...variantOf.values()].flatMap((v) => (v ? [v.product_id] : [])))],
      },
      { select: ["product_id", "producer_id"] },
    )
    const rows = levels.flatMap((level) => {
      const place = places.find((candidate) => candidate.stock_location_id === level.location_id)
      const variant = variantOf.get(level.inventory_item_id)
      if (!place || !variant || level.stocked_quantity <= 0) return []
      const producer = listings.find((listing) => listing.product_id === variant.product_id)
      return [
        {
          place_id: place.id,
          stock_location_id: level.location_id,
          inventory_item_id: level.inventory_item_id,
          variant_id: variant.id,
          kind: "receipt" as const,
          quantity_change: level.stocked_quantity,
          quantity_after: level.stocked_quantity,
          reason: "Opening stock",
          producer_id: producer?.producer_id ?? null,
          actor_type: "system" as const,
          actor_id: null,
        },
      ]
    })
    const created = rows.length ? await ocop.createStockMovements(rows) : []
    return new StepResponse(
      created.length,
      created.map((movement) => movement.id),
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.deleteStockMovements(ids)
  },
)

/**
 * Opens shelves with stock already on them (the seed, an import): the inventory levels and,
 * for each at a place, the receipt movement that accounts for the goods.
 */
export const openStockLevelsWorkflow = createWorkflow(
  "ocop-open-stock-levels",
  (input: { inventory_levels: OpeningLevel[] }) => {
    createInventoryLevelsWorkflow.runAsStep({ input })
    const movements = recordOpeningMovementsStep(
      transform({ input }, ({ input }) => input.inventory_levels),
    )
    return new WorkflowResponse(movements)
  },
)
