import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fairCatalog, linkedPlaces } from "../../../../lib/fair-view"
import { ownFair } from "../../../../lib/organizer-context"
import { updateFairWorkflow } from "../../../../workflows/fairs"
import type { OrganizerUpdateFairType } from "../../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const fair = await ownFair(req, req.params.id)
  const [catalog, linked] = await Promise.all([
    fairCatalog(req.scope, fair, "vi"),
    linkedPlaces(req.scope, [fair.id]),
  ])
  res.json({
    fair: {
      ...catalog,
      sales_channel_id: fair.sales_channel_id,
      linked_places: linked.get(fair.id) ?? [],
    },
  })
}

export async function POST(
  req: AuthenticatedMedusaRequest<OrganizerUpdateFairType>,
  res: MedusaResponse,
) {
  const fair = await ownFair(req, req.params.id)
  const { result } = await updateFairWorkflow(req.scope).run({
    input: { ...req.validatedBody, id: fair.id },
  })
  res.json({ fair: result })
}
