import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { placeOrder } from "../../helpers"
import { staffAtPlace } from "../../../../../../../lib/staff-context"
import { OCOP_MODULE } from "../../../../../../../modules/ocop/lib/constants"
import type OcopModuleService from "../../../../../../../modules/ocop/service"
import { recordTransferPaymentWorkflow } from "../../../../../../../workflows/bank-transfers/record-transfer-payment"
import type { RecordTransferPaymentType } from "../../../../../../admin/ocop/orders/validators"

/**
 * Staff of the place serving an order (`:id` is its assignment in the place's queue) record the
 * shopper's transfer as received: the order's payment is captured and audited with their name.
 * Another place's order answers 404 and nothing is written.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<RecordTransferPaymentType>,
  res: MedusaResponse,
) {
  const { place, actor } = await staffAtPlace(req, req.params.place_id)
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const [assignment] = await ocop.listOrderAssignments({ id: req.params.id, place_id: place.id })
  if (!assignment) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${req.params.id} was not found.`)
  }
  await recordTransferPaymentWorkflow(req.scope).run({
    input: {
      order_id: assignment.order_id,
      amount: req.validatedBody.amount,
      bank_reference: req.validatedBody.bank_reference ?? null,
      actor,
      place_id: place.id,
      place_order_ids: [assignment.order_id],
    },
  })
  res.json({ order: await placeOrder(req.scope, place.id, req.params.id) })
}
