import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { counterSale } from "../../helpers"
import { runAtPlace } from "../../../../../run-at-place"
import { counterReturnWorkflow } from "../../../../../../../workflows/counter-return"
import type { StaffCounterReturnType } from "../../../../../validators"

/**
 * Goods of this counter sale brought back: refunded (or exchanged), back on the shelf; answers
 * the return and the sale's receipt as it reads now.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<StaffCounterReturnType>,
  res: MedusaResponse,
) {
  const { place, result } = await runAtPlace(req, counterReturnWorkflow, {
    order_id: req.params.id,
  })
  const receipt = await counterSale(req.scope, place, req.params.id)
  res.status(201).json({
    counter_return: receipt.returns.find((entry) => entry.id === result.counter_return.id),
    movements: result.movements,
    counter_sale: receipt,
  })
}
