import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { placeView } from "../../../../../lib/place-view"
import { staffAtPlace } from "../../../../../lib/staff-context"
import { OCOP_MODULE } from "../../../../../modules/ocop/lib/constants"
import type OcopModuleService from "../../../../../modules/ocop/service"
import { sendStockTransferWorkflow } from "../../../../../workflows/transfers"
import type { StaffTransferType } from "../../../validators"

/**
 * Transfers leaving or arriving at this place, newest first; in-transit ones included. Each
 * names both places (`from_place`, `to_place`: id, name, province; null for a place removed
 * since), so a reader needs no directory of the whole network.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { place } = await staffAtPlace(req, req.params.place_id)
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const transfers = await ocop.listStockTransfers(
    { $or: [{ from_place_id: place.id }, { to_place_id: place.id }] },
    { order: { created_at: "DESC" }, take: 100 },
  )
  const ids = [...new Set(transfers.flatMap((t) => [t.from_place_id, t.to_place_id]))]
  const places = ids.length ? await placeView(req.scope, await ocop.listPlaces({ id: ids })) : []
  const named = new Map(places.map(({ id, name, province }) => [id, { id, name, province }]))
  res.json({
    transfers: transfers.map((transfer) => ({
      ...transfer,
      from_place: named.get(transfer.from_place_id) ?? null,
      to_place: named.get(transfer.to_place_id) ?? null,
    })),
  })
}

export async function POST(
  req: AuthenticatedMedusaRequest<StaffTransferType>,
  res: MedusaResponse,
) {
  const { place, actor } = await staffAtPlace(req, req.params.place_id)
  const { to_place_id, note, items } = req.validatedBody
  const { result } = await sendStockTransferWorkflow(req.scope).run({
    input: { from_place_id: place.id, to_place_id, note, items, actor },
  })
  res.status(201).json({ transfer: result })
}
