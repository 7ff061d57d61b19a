import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { counterShift } from "../../helpers"
import { runAtPlace } from "../../../../../run-at-place"
import { closeCounterShiftWorkflow } from "../../../../../../../workflows/counter-shifts"
import type { StaffShiftCloseType } from "../../../../../validators"

/** Closes the shift with the cash counted: expected against counted, takings by method. */
export async function POST(
  req: AuthenticatedMedusaRequest<StaffShiftCloseType>,
  res: MedusaResponse,
) {
  const { place } = await runAtPlace(req, closeCounterShiftWorkflow, {
    shift_id: req.params.shift_id,
  })
  res.json({ shift: await counterShift(req.scope, place, req.params.shift_id) })
}
