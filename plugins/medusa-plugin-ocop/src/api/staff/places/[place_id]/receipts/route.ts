import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { runAtPlace } from "../../../run-at-place"
import { receiveStockWorkflow } from "../../../../../workflows/stock"
import type { StaffReceiptType } from "../../../validators"

/** Goods delivered by a producer on consignment. */
export async function POST(req: AuthenticatedMedusaRequest<StaffReceiptType>, res: MedusaResponse) {
  const { result } = await runAtPlace(req, receiveStockWorkflow)
  res.status(201).json({ movements: result })
}
