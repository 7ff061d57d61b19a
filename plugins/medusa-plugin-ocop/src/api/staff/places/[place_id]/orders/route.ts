import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listPlaceOrders } from "./helpers"
import { staffAtPlace } from "../../../../../lib/staff-context"
import type { StaffOrdersQueryType } from "../../../validators"

/** The place's queue of online orders, newest first, optionally of one status. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, StaffOrdersQueryType>,
  res: MedusaResponse,
) {
  const { place } = await staffAtPlace(req, req.params.place_id)
  const { status, limit, offset } = req.validatedQuery
  res.json({
    ...(await listPlaceOrders(req.scope, place.id, { status, limit, offset })),
    limit,
    offset,
  })
}
