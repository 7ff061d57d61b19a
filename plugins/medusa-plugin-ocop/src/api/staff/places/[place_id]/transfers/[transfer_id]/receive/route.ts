import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { staffAtPlace } from "../../../../../../../lib/staff-context"
import { OCOP_MODULE } from "../../../../../../../modules/ocop/lib/constants"
import type OcopModuleService from "../../../../../../../modules/ocop/service"
import { receiveStockTransferWorkflow } from "../../../../../../../workflows/transfers"

/** The receiving place confirms the goods arrived. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { place, actor } = await staffAtPlace(req, req.params.place_id)
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const [transfer] = await ocop.listStockTransfers({
    id: req.params.transfer_id,
    to_place_id: place.id,
  })
  if (!transfer) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Transfer ${req.params.transfer_id} was not found.`,
    )
  }
  const { result } = await receiveStockTransferWorkflow(req.scope).run({
    input: { transfer_id: transfer.id, actor },
  })
  res.json({ movements: result })
}
