import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { OCOP_MODULE } from "../../../../../../modules/ocop/lib/constants"
import type OcopModuleService from "../../../../../../modules/ocop/service"
import { placeView } from "../../../../../../lib/place-view"

/**
 * Where the shopper's order stands at each place serving it: status, carrier and tracking,
 * and for a pickup the centre (address, hours) and the pickup code. Behind the same proof as
 * reading the order (its customer, or its access token: api/store/orders/order-access.ts).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const assignments = await ocop.listOrderAssignments(
    { order_id: req.params.id },
    { order: { created_at: "ASC" } },
  )
  const placeIds = [...new Set(assignments.map((assignment) => assignment.place_id))]
  const places = placeIds.length
    ? await placeView(req.scope, await ocop.listPlaces({ id: placeIds }))
    : []
  res.json({
    parts: assignments.map((assignment) => {
      const place = places.find((row) => row.id === assignment.place_id)
      return {
        id: assignment.id,
        kind: assignment.kind,
        status: assignment.status,
        carrier: assignment.carrier ?? null,
        tracking_number: assignment.tracking_number ?? null,
        cancel_reason: assignment.cancel_reason ?? null,
        pickup_code:
          assignment.kind === "pickup" && assignment.status !== "cancelled"
            ? (assignment.pickup_code ?? null)
            : null,
        place: place
          ? {
              id: place.id,
              name: place.name,
              address: place.address,
              commune: place.commune,
              province: place.province,
              opening_hours: place.opening_hours,
              phone: place.phone,
            }
          : null,
      }
    }),
  })
}
