import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { counterShift, listCounterShifts } from "./helpers"
import { staffAtPlace } from "../../../../../lib/staff-context"
import { openCounterShiftWorkflow } from "../../../../../workflows/counter-shifts"
import type { StaffListType, StaffShiftOpenType } from "../../../validators"

/** The counter's shifts, newest first, and the one open now with its takings so far. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, StaffListType>,
  res: MedusaResponse,
) {
  const { place } = await staffAtPlace(req, req.params.place_id)
  const { limit, offset } = req.validatedQuery
  res.json({ ...(await listCounterShifts(req.scope, place, { limit, offset })), limit, offset })
}

/** Opens a shift with the cash in the drawer; 409 while another shift of the place is open. */
export async function POST(
  req: AuthenticatedMedusaRequest<StaffShiftOpenType>,
  res: MedusaResponse,
) {
  const { place, actor } = await staffAtPlace(req, req.params.place_id)
  const { result } = await openCounterShiftWorkflow(req.scope).run({
    input: { ...req.validatedBody, place_id: place.id, actor },
  })
  res.status(201).json({ shift: await counterShift(req.scope, place, result.id) })
}
