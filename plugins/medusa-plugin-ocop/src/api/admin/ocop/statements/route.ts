import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { respondWithStatements } from "../../../../lib/statements/respond"
import type { AdminStatementQueryType } from "./validators"

/** Every place's consignment statements, or one producer's or one place's. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminStatementQueryType>,
  res: MedusaResponse,
) {
  await respondWithStatements(req, res, req.validatedQuery)
}
