import { MedusaError } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { StockActor } from "../modules/ocop/lib/constants"
import { applyShelfChangesStep, type ShelfChangeInput } from "./steps/apply-shelf-changes"
import { checkFairGroundStep } from "./steps/check-fair-ground"
import { emitStockChanged, resolveAtPlace } from "./shelf-at-place"
import type { ResolvedShelfItem } from "./steps/resolve-shelf-items"

type Line = { variant_id: string; quantity: number }
const itemOf = (items: ResolvedShelfItem[], variantId: string) =>
  items.find((item) => item.variant_id === variantId)!

/** Where a line's change lands: the place's shelf (stock location) and the variant's item. */
const shelfLine = (
  resolved: { items: ResolvedShelfItem[]; locations: Record<string, string> },
  placeId: string,
  variantId: string,
) => ({
  place_id: placeId,
  location_id: resolved.locations[placeId],
  variant_id: variantId,
  inventory_item_id: itemOf(resolved.items, variantId).inventory_item_id,
})

const consignedFromStep = createStep(
  "check-ocop-consignor",
  async (input: { producer_id: string; items: ResolvedShelfItem[] }) => {
    const foreign = input.items.filter((item) => item.producer_id !== input.producer_id)
    if (foreign.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Not this producer's goods: ${foreign.map((item) => item.variant_id).join(", ")}.`,
      )
    }
  },
)

/**
 * Goods received from a producer on consignment: they still belong to the producer. A fair
 * ground receives only from producers holding a booth there, and only its catalog's products.
 */
export const receiveStockWorkflow = createWorkflow(
  "receive-ocop-stock",
  (input: {
    place_id: string
    producer_id: string
    delivery_note?: string | null
    actor: StockActor
    items: Line[]
  }) => {
    const resolved = resolveAtPlace(input)
    consignedFromStep(
      transform({ input, resolved }, ({ input, resolved }) => ({
        producer_id: input.producer_id,
        items: resolved.items,
      })),
    )
    checkFairGroundStep(
      transform({ input, resolved }, ({ input, resolved }) => ({
        to_place_id: input.place_id,
        producer_id: input.producer_id,
        product_ids: resolved.items.map((item) => item.product_id),
      })),
    )
    const changes = transform({ input, resolved }, ({ input, resolved }) => ({
      actor: input.actor,
      changes: input.items.map((line): ShelfChangeInput => ({
        ...shelfLine(resolved, input.place_id, line.variant_id),
        kind: "receipt",
        delta: line.quantity,
        producer_id: input.producer_id,
        delivery_note: input.delivery_note,
      })),
    }))
    const movements = applyShelfChangesStep(changes)
    emitStockChanged(resolved)
    return new WorkflowResponse(movements)
  },
)

/**
 * A count of the shelf: the counted quantity replaces the book one, the difference is kept.
 * Only items on the shelf are counted (404 for any other).
 */
export const stocktakeWorkflow = createWorkflow(
  "ocop-stocktake",
  (input: {
    place_id: string
    actor: StockActor
    items: { variant_id: string; counted: number; reason: string }[]
  }) => {
    const resolved = resolveAtPlace(input)
    const changes = transform({ input, resolved }, ({ input, resolved }) => ({
      actor: input.actor,
      changes: input.items.map((line): ShelfChangeInput => ({
        ...shelfLine(resolved, input.place_id, line.variant_id),
        kind: "stocktake",
        counted: line.counted,
        reason: line.reason,
      })),
    }))
    const movements = applyShelfChangesStep(changes)
    emitStockChanged(resolved)
    return new WorkflowResponse(movements)
  },
)
