import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelLapsedTransfers } from "../../../../lib/bank-transfer/lapsed-transfers"

/**
 * Runs the unpaid-transfer check now (the hourly job does the same): bank-transfer orders
 * unpaid after OCOP_TRANSFER_PAYMENT_DAYS are cancelled and their shoppers told.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json(await cancelLapsedTransfers(req.scope))
}
