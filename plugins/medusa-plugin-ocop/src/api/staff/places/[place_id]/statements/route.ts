import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { staffAtPlace } from "../../../../../lib/staff-context"
import { respondWithStatements } from "../../../../../lib/statements/respond"
import type { StatementQueryType } from "../../../../admin/ocop/statements/validators"

/** The place's consignment statements, one per producer whose goods it holds or sold. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, StatementQueryType>,
  res: MedusaResponse,
) {
  const { place } = await staffAtPlace(req, req.params.place_id)
  await respondWithStatements(req, res, { ...req.validatedQuery, place_id: place.id })
}
