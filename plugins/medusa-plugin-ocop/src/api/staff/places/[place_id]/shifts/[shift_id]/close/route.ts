import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { counterShift } from "../../helpers"
import { staffAtPlace } from "../../../../../../../lib/staff-context"
import { closeCounterShiftWorkflow } from "../../../../../../../workflows/counter-shifts"
import type { StaffShiftCloseType } from "../../../../../validators"

/** Closes the shift with the cash counted: expected against counted, takings by method. */
export async function POST(
  req: AuthenticatedMedusaRequest<StaffShiftCloseType>,
  res: MedusaResponse,
) {
  const { place, actor } = await staffAtPlace(req, req.params.place_id)
  await closeCounterShiftWorkflow(req.scope).run({
    input: { ...req.validatedBody, place_id: place.id, shift_id: req.params.shift_id, actor },
  })
  res.json({ shift: await counterShift(req.scope, place, req.params.shift_id) })
}
