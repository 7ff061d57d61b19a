import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { OcopEvents, type StockActor } from "../modules/ocop/lib/constants"
import { applyShelfChangesStep } from "./steps/apply-shelf-changes"
import { checkFairGroundStep } from "./steps/check-fair-ground"
import { emitStockChanged } from "./shelf-at-place"
import { resolveShelfItemsStep } from "./steps/resolve-shelf-items"
import {
  createStockTransferStep,
  markTransferReceivedStep,
  transferArrivalStep,
} from "./steps/stock-transfer"

/**
 * Goods leave the sending place now and are in transit until the receiving place confirms.
 * Onto or off a fair ground, only as the fair's rules allow (steps/check-fair-ground.ts).
 */
export const sendStockTransferWorkflow = createWorkflow(
  "send-ocop-stock-transfer",
  (input: {
    from_place_id: string
    to_place_id: string
    note?: string | null
    actor: StockActor
    items: { variant_id: string; quantity: number }[]
  }) => {
    const resolved = resolveShelfItemsStep(
      transform({ input }, ({ input }) => ({
        place_ids: [input.from_place_id, input.to_place_id],
        items: input.items,
      })),
    )
    checkFairGroundStep(
      transform({ input, resolved }, ({ input, resolved }) => ({
        from_place_id: input.from_place_id,
        to_place_id: input.to_place_id,
        product_ids: resolved.items.map((item) => item.product_id),
      })),
    )
    const transfer = createStockTransferStep(
      transform({ input, resolved }, ({ input, resolved }) => ({
        from_place_id: input.from_place_id,
        to_place_id: input.to_place_id,
        note: input.note,
        sent_by: input.actor,
        lines: input.items.map((line) => ({
          variant_id: line.variant_id,
          quantity: line.quantity,
          inventory_item_id: resolved.items.find((item) => item.variant_id === line.variant_id)!
            .inventory_item_id,
        })),
      })),
    )
    applyShelfChangesStep(
      transform({ input, resolved, transfer }, ({ input, resolved, transfer }) => ({
        actor: input.actor,
        changes: transfer.lines.map((line) => ({
          place_id: input.from_place_id,
          location_id: resolved.locations[input.from_place_id],
          variant_id: line.variant_id,
          inventory_item_id: line.inventory_item_id,
          kind: "transfer_out" as const,
          delta: -line.quantity,
          transfer_id: transfer.id,
          reason: input.note,
        })),
      })),
    )
    emitStockChanged(resolved)
    return new WorkflowResponse(transfer)
  },
)

/** The receiving place confirms: the goods join its shelf. */
export const receiveStockTransferWorkflow = createWorkflow(
  "receive-ocop-stock-transfer",
  (input: { transfer_id: string; actor: StockActor }) => {
    const arrival = transferArrivalStep(input)
    markTransferReceivedStep(
      transform({ input }, ({ input }) => ({
        transfer_id: input.transfer_id,
        received_by: input.actor,
      })),
    )
    const movements = applyShelfChangesStep(
      transform({ input, arrival }, ({ input, arrival }) => ({
        actor: input.actor,
        changes: arrival.transfer.lines.map((line) => ({
          place_id: arrival.transfer.to_place_id,
          location_id: arrival.location_id,
          variant_id: line.variant_id,
          inventory_item_id: line.inventory_item_id,
          kind: "transfer_in" as const,
          delta: line.quantity,
          transfer_id: arrival.transfer.id,
        })),
      })),
    )
    emitEventStep({
      eventName: OcopEvents.STOCK_CHANGED,
      data: transform({ arrival }, ({ arrival }) => ({ transfer_id: arrival.transfer.id })),
    })
    return new WorkflowResponse(movements)
  },
)
