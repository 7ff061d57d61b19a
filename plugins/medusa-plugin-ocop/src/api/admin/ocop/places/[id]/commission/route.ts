import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { commissionBps } from "../../../../../../modules/ocop/lib/statement-rules"
import { setPlaceCommissionWorkflow } from "../../../../../../workflows/place-commission"
import type { AdminSetPlaceCommissionType } from "../../../statements/validators"

/** Sets the place's commission rate; answers with the rate set and the rate that applies. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminSetPlaceCommissionType>,
  res: MedusaResponse,
) {
  const { result } = await setPlaceCommissionWorkflow(req.scope).run({
    input: { place_id: req.params.id, commission_bps: req.validatedBody.commission_bps },
  })
  res.json({
    place: {
      id: result.id,
      commission_bps: result.commission_bps,
      applied_bps: commissionBps(result),
    },
  })
}
