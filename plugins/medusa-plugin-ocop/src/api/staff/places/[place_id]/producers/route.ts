import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { receivableGoods } from "./helpers"
import { staffAtPlace } from "../../../../../lib/staff-context"
import type { StaffProducersQueryType } from "../../../validators"

/** The producers whose goods this place can receive, with their listable products' variants. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, StaffProducersQueryType>,
  res: MedusaResponse,
) {
  await staffAtPlace(req, req.params.place_id)
  const { limit, offset } = req.validatedQuery
  res.json({ ...(await receivableGoods(req.scope, req.validatedQuery)), limit, offset })
}
