import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { placeView } from "../../../../lib/place-view"
import { OCOP_MODULE } from "../../../../modules/ocop/lib/constants"
import type OcopModuleService from "../../../../modules/ocop/service"
import { createPlacesWorkflow } from "../../../../workflows/places"
import type { AdminCreatePlaceType } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const places = await ocop.listPlaces({}, { take: 5000, order: { province: "ASC" } })
  res.json({ places: await placeView(req.scope, places) })
}

/** Opens a place of the network, selling through the online store's sales channel. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminCreatePlaceType>,
  res: MedusaResponse,
) {
  const [store] = await req.scope.resolve(Modules.STORE).listStores()
  const { result } = await createPlacesWorkflow(req.scope).run({
    input: {
      places: [req.validatedBody],
      sales_channel_ids: store?.default_sales_channel_id ? [store.default_sales_channel_id] : [],
    },
  })
  res.status(201).json({ place: (await placeView(req.scope, result))[0] })
}
