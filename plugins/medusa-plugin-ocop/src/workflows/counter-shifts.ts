import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { StockActor } from "../modules/ocop/lib/constants"
import { closeCounterShiftStep, openCounterShiftStep } from "./steps/counter-shift"

/** A staff member opens the counter's shift with the cash in the drawer (whole đồng). */
export const openCounterShiftWorkflow = createWorkflow(
  "ocop-open-counter-shift",
  (input: { place_id: string; actor: StockActor; opening_cash: number; note?: string | null }) => {
    const shift = openCounterShiftStep(
      transform({ input }, ({ input }) => ({
        place_id: input.place_id,
        opened_by: input.actor.id ?? "",
        opening_cash: input.opening_cash,
        note: input.note,
      })),
    )
    return new WorkflowResponse(shift)
  },
)

/**
 * Closes the shift with the cash counted: its counter sales and refunds by payment method and
 * the expected cash (opening + cash sales − cash refunds) are kept with it.
 */
export const closeCounterShiftWorkflow = createWorkflow(
  "ocop-close-counter-shift",
  (input: {
    place_id: string
    shift_id: string
    actor: StockActor
    counted_cash: number
    note?: string | null
  }) => {
    const shift = closeCounterShiftStep(
      transform({ input }, ({ input }) => ({
        place_id: input.place_id,
        shift_id: input.shift_id,
        closed_by: input.actor.id ?? "",
        counted_cash: input.counted_cash,
        note: input.note,
      })),
    )
    return new WorkflowResponse(shift)
  },
)
