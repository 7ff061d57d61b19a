import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { counterShift, listCounterShifts } from "./helpers"
import { placePageRoute, runAtPlace } from "../../../run-at-place"
import { openCounterShiftWorkflow } from "../../../../../workflows/counter-shifts"
import type { StaffShiftOpenType } from "../../../validators"

/** The counter's shifts, newest first, and the one open now with its takings so far. */
export const GET = placePageRoute(listCounterShifts)

/** Opens a shift with the cash in the drawer; 409 while another shift of the place is open. */
export async function POST(
  req: AuthenticatedMedusaRequest<StaffShiftOpenType>,
  res: MedusaResponse,
) {
  const { place, result } = await runAtPlace(req, openCounterShiftWorkflow)
  res.status(201).json({ shift: await counterShift(req.scope, place, result.id) })
}
