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
type StockInput<L> = { place_id: string; actor: StockActor; items: L[] }
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

type LineChange = Omit<ShelfChangeInput, keyof ReturnType<typeof shelfLine>>

/**
 * Inside a stock workflow: one shelf change a line at the input's place, made by `change`, in
 * the actor's name; then the stock change is announced. Answers the movements written.
 */
function applyLinesAtPlace<L extends { variant_id: string }, I extends StockInput<L>>(
  input: I,
  resolved: ReturnType<typeof resolveAtPlace>,
  change: (line: L, input: I) => LineChange,
) {
  const changes = transform({ input, resolved }, (data) => {
    // transform cannot see through a generic input: it is the input given
    const input = data.input as I
    return {
      actor: input.actor,
      changes: input.items.map((line): ShelfChangeInput => ({
        ...shelfLine(data.resolved, input.place_id, line.variant_id),
        ...change(line, input),
      })),
    }
  })
  const movements = applyShelfChangesStep(changes)
  emitStockChanged(resolved)
  return movements
}

type Delivery = StockInput<Line> & { producer_id: string; delivery_note?: string | null }
type CountedLine = { variant_id: string; counted: number; reason: string }

/** A line received from the producer: more units on the shelf, still the producer's. */
const receipt = (line: Line, input: Delivery): LineChange => ({
  kind: "receipt",
  delta: line.quantity,
  producer_id: input.producer_id,
  delivery_note: input.delivery_note,
})

/** A line counted: the count replaces the book quantity, for the reason given. */
const count = (line: CountedLine): LineChange => ({
  kind: "stocktake",
  counted: line.counted,
  reason: line.reason,
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
export const receiveStockWorkflow = createWorkflow("receive-ocop-stock", (input: Delivery) => {
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
  return new WorkflowResponse(applyLinesAtPlace(input, resolved, receipt))
})

/**
 * A count of the shelf: the counted quantity replaces the book one, the difference is kept.
 * Only items on the shelf are counted (404 for any other).
 */
export const stocktakeWorkflow = createWorkflow(
  "ocop-stocktake",
  (input: StockInput<CountedLine>) => {
    const resolved = resolveAtPlace(input)
    return new WorkflowResponse(applyLinesAtPlace(input, resolved, count))
  },
)
