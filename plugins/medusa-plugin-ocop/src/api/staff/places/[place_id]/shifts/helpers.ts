import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../../../../modules/ocop/lib/constants"
import type { CounterShiftSummary } from "../../../../../modules/ocop/models/counter-shift"
import type OcopModuleService from "../../../../../modules/ocop/service"
import { counterTakings } from "../../../../../lib/counter-takings"

type Place = { id: string; sales_channel_id?: string | null }
type ShiftRow = {
  id: string
  place_id: string
  opened_by: string
  opened_at: Date | string
  opening_cash: number
  closed_by: string | null
  closed_at: Date | string | null
  counted_cash: number | null
  note: string | null
  summary: CounterShiftSummary | null
}

/**
 * A place's counter shifts, newest first, and the one open now (with what it has taken so far).
 * A closed shift shows what it took as it stood at its close.
 */
export async function listCounterShifts(
  container: MedusaContainer,
  place: Place,
  page: { limit: number; offset: number },
) {
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const [shifts, count] = await ocop.listAndCountCounterShifts(
    { place_id: place.id },
    { take: page.limit, skip: page.offset, order: { opened_at: "DESC" } },
  )
  const [open] = await ocop.listCounterShifts({ place_id: place.id, closed_at: null })
  return {
    shifts: await present(container, place, shifts as ShiftRow[], false),
    open_shift: open ? (await present(container, place, [open as ShiftRow], true))[0] : null,
    count,
  }
}

/** One shift of this place, with its summary; another place's shift answers 404. */
export async function counterShift(container: MedusaContainer, place: Place, id: string) {
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const [shift] = await ocop.listCounterShifts({ id, place_id: place.id })
  if (!shift) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Shift ${id} was not found.`)
  return (await present(container, place, [shift as ShiftRow], true))[0]
}

async function present(
  container: MedusaContainer,
  place: Place,
  shifts: ShiftRow[],
  withLiveSummary: boolean,
) {
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const staffIds = [
    ...new Set(shifts.flatMap((shift) => [shift.opened_by, shift.closed_by]).filter(Boolean)),
  ] as string[]
  const staff = staffIds.length ? await ocop.listStaffUsers({ id: staffIds }) : []
  const person = (id: string | null) => {
    const member = id ? staff.find((row) => row.id === id) : undefined
    if (!member) return id ? { id, email: null, name: null } : null
    const name = [member.first_name, member.last_name].filter(Boolean).join(" ") || null
    return { id: member.id, email: member.email, name }
  }
  return Promise.all(
    shifts.map(async (shift) => ({
      id: shift.id,
      place_id: shift.place_id,
      status: shift.closed_at ? ("closed" as const) : ("open" as const),
      opened_by: person(shift.opened_by),
      opened_at: new Date(shift.opened_at).toISOString(),
      opening_cash: shift.opening_cash,
      closed_by: person(shift.closed_by),
      closed_at: shift.closed_at ? new Date(shift.closed_at).toISOString() : null,
      counted_cash: shift.counted_cash,
      note: shift.note,
      currency_code: "vnd",
      summary:
        shift.summary ??
        (withLiveSummary && !shift.closed_at
          ? await counterTakings(container, place, {
              from: new Date(shift.opened_at),
              until: new Date(),
              opening_cash: shift.opening_cash,
              counted_cash: null,
            })
          : null),
    })),
  )
}
