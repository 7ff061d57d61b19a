import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { staffAtPlace } from "../../../../../lib/staff-context"
import { withActors } from "./helpers"
import { OCOP_MODULE } from "../../../../../modules/ocop/lib/constants"
import type OcopModuleService from "../../../../../modules/ocop/service"
import type { StaffListType } from "../../../validators"

/** The place's movement history: who (the actor, named), what, when, why. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, StaffListType>,
  res: MedusaResponse,
) {
  const { place } = await staffAtPlace(req, req.params.place_id)
  const { limit, offset } = req.validatedQuery
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const [movements, count] = await ocop.listAndCountStockMovements(
    { place_id: place.id },
    { order: { created_at: "DESC" }, take: limit, skip: offset },
  )
  res.json({ movements: await withActors(req.scope, movements), count, limit, offset })
}
