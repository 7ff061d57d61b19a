import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { placeView } from "../../../../lib/place-view"
import { OCOP_MODULE } from "../../../../modules/ocop/lib/constants"
import type OcopModuleService from "../../../../modules/ocop/service"
import type { StoreListPlacesType } from "../validators"

/** The directory of OCOP centres, sales points and showrooms (fair grounds are listed by fair). */
export async function GET(req: MedusaRequest<unknown, StoreListPlacesType>, res: MedusaResponse) {
  const { province, type, limit, offset } = req.validatedQuery
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const [places, count] = await ocop.listAndCountPlaces(
    {
      ...(province && { province }),
      type: type ?? ["provincial_centre", "local_centre", "sales_point", "showroom"],
    },
    { take: limit, skip: offset, order: { province: "ASC", type: "ASC", created_at: "ASC" } },
  )
  res.json({ places: await placeView(req.scope, places), count, limit, offset })
}
