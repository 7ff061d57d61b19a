import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { currentProducerId } from "../../../lib/producer-context"
import { respondWithStatements } from "../../../lib/statements/respond"
import type { StatementQueryType } from "../../admin/ocop/statements/validators"

/** The signed-in producer's consignment statements, one per place holding their goods. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, StatementQueryType>,
  res: MedusaResponse,
) {
  const producerId = await currentProducerId(req)
  await respondWithStatements(req, res, { ...req.validatedQuery, producer_id: producerId })
}
