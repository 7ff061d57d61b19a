import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { counterTakings } from "../../lib/counter-takings"
import { OCOP_MODULE } from "../../modules/ocop/lib/constants"
import type OcopModuleService from "../../modules/ocop/service"
import { deleteCreated } from "./created-rows"

const lockKey = (placeId: string) => `ocop-counter-shift:${placeId}`

const alreadyOpen = () =>
  new MedusaError(
    MedusaError.Types.CONFLICT,
    "A shift is already open at this counter: close it before opening another.",
  )

/**
 * Opens a shift with the drawer's cash — one open shift per place: refused (409) while another
 * is open, under a lock on the place and a unique index on open shifts.
 */
export const openCounterShiftStep = createStep(
  "open-ocop-counter-shift",
  async (
    input: { place_id: string; opened_by: string; opening_cash: number; note?: string | null },
    { container },
  ) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const locking = container.resolve(Modules.LOCKING)
    const shift = await locking.execute(lockKey(input.place_id), async () => {
      const open = await ocop.listCounterShifts({ place_id: input.place_id, closed_at: null })
      if (open.length) throw alreadyOpen()
      try {
        return await ocop.createCounterShifts({
          place_id: input.place_id,
          opened_by: input.opened_by,
          opened_at: new Date(),
          opening_cash: input.opening_cash,
          note: input.note ?? null,
        })
      } catch (error) {
        // Another process opened one between the check and the insert (the unique index).
        if (/unique|duplicate|already exists/i.test(String((error as Error)?.message))) {
          throw alreadyOpen()
        }
        throw error
      }
    })
    return new StepResponse(shift, shift.id)
  },
  deleteCreated((ocop, ids) => ocop.deleteCounterShifts(ids)),
)

/**
 * Closes an open shift of this place with the cash counted, and keeps what its counter took
 * (by payment method, expected and counted cash) as it stands at the close. Another place's
 * shift is a 404; a closed shift cannot be closed again (409).
 */
export const closeCounterShiftStep = createStep(
  "close-ocop-counter-shift",
  async (
    input: {
      place_id: string
      shift_id: string
      closed_by: string
      counted_cash: number
      note?: string | null
    },
    { container },
  ) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const locking = container.resolve(Modules.LOCKING)
    return await locking.execute(lockKey(input.place_id), async () => {
      const [shift] = await ocop.listCounterShifts({ id: input.shift_id, place_id: input.place_id })
      const [place] = await ocop.listPlaces({ id: input.place_id })
      if (!shift || !place) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Shift ${input.shift_id} was not found.`)
      }
      if (shift.closed_at) {
        throw new MedusaError(MedusaError.Types.CONFLICT, "This shift is already closed.")
      }
      const closedAt = new Date()
      const summary = await counterTakings(container, place, {
        from: new Date(shift.opened_at),
        until: closedAt,
        opening_cash: shift.opening_cash,
        counted_cash: input.counted_cash,
      })
      const closed = await ocop.updateCounterShifts({
        id: shift.id,
        closed_by: input.closed_by,
        closed_at: closedAt,
        counted_cash: input.counted_cash,
        note: input.note ?? shift.note ?? null,
        summary,
      })
      return new StepResponse(closed, { id: shift.id, note: shift.note })
    })
  },
  async (undo, { container }) => {
    if (!undo) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.updateCounterShifts({
      id: undo.id,
      closed_by: null,
      closed_at: null,
      counted_cash: null,
      note: undo.note,
      summary: null,
    })
  },
)
