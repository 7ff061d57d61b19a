import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { placeView } from "../../../../lib/place-view"
import { cachedRead, ReadCacheTags } from "../../../../lib/read-cache"
import { OCOP_MODULE } from "../../../../modules/ocop/lib/constants"
import type OcopModuleService from "../../../../modules/ocop/service"
import type { StoreListPlacesType } from "../validators"

/** The directory of OCOP centres, sales points and showrooms (fair grounds are listed by fair). */
export async function GET(req: MedusaRequest<unknown, StoreListPlacesType>, res: MedusaResponse) {
  const { province, type, limit, offset } = req.validatedQuery
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const answer = await cachedRead(
    req.scope,
    { key: { path: "places", query: req.validatedQuery }, tags: [ReadCacheTags.places], res },
    async () => {
      const [places, count] = await ocop.listAndCountPlaces(
        {
          ...(province && { province }),
          type: type ?? ["provincial_centre", "local_centre", "sales_point", "showroom"],
        },
        { take: limit, skip: offset, order: { province: "ASC", type: "ASC", created_at: "ASC" } },
      )
      return { places: await placeView(req.scope, places), count }
    },
  )
  res.json({ ...answer, limit, offset })
}
