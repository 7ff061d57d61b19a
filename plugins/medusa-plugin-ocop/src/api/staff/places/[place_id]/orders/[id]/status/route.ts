import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { StockActor } from "../../../../../../../modules/ocop/lib/constants"
import { placeOrder } from "../../helpers"
import { staffAtPlace } from "../../../../../../../lib/staff-context"
import {
  cancelOrderAssignmentWorkflow,
  deliverOrderAssignmentWorkflow,
  handOverOrderAssignmentWorkflow,
  prepareOrderAssignmentWorkflow,
  readyOrderAssignmentWorkflow,
  shipOrderAssignmentWorkflow,
} from "../../../../../../../workflows/order-assignments/move-assignment"
import type { StaffOrderMoveType } from "../../../../../validators"

/**
 * Moves an order of the place's queue one step: preparing, ready for pickup, shipped (carrier
 * and tracking number), handed over (the shopper's pickup code), delivered, or cancelled (a
 * reason). Each is a workflow; a refused move writes nothing.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<StaffOrderMoveType>,
  res: MedusaResponse,
) {
  const { place, actor } = await staffAtPlace(req, req.params.place_id)
  const who = { assignment_id: req.params.id, place_id: place.id, actor }
  try {
    await moveOrder(req, who)
  } catch (error) {
    // Medusa's error handler words every 409 the same; this one has its own message to show.
    const refusal = error as { type?: string; code?: string; message?: string }
    if (refusal?.type !== MedusaError.Types.CONFLICT) throw error
    res.status(409).json({ type: "conflict", code: refusal.code ?? null, message: refusal.message })
    return
  }
  res.json({ order: await placeOrder(req.scope, place.id, req.params.id) })
}

async function moveOrder(
  req: AuthenticatedMedusaRequest<StaffOrderMoveType>,
  who: { assignment_id: string; place_id: string; actor: StockActor },
) {
  const body = req.validatedBody
  switch (body.status) {
    case "preparing":
      await prepareOrderAssignmentWorkflow(req.scope).run({ input: who })
      break
    case "ready_for_pickup":
      await readyOrderAssignmentWorkflow(req.scope).run({ input: who })
      break
    case "shipped":
      await shipOrderAssignmentWorkflow(req.scope).run({
        input: { ...who, carrier: body.carrier, tracking_number: body.tracking_number },
      })
      break
    case "handed_over":
      await handOverOrderAssignmentWorkflow(req.scope).run({
        input: { ...who, pickup_code: body.pickup_code },
      })
      break
    case "delivered":
      await deliverOrderAssignmentWorkflow(req.scope).run({ input: who })
      break
    case "cancelled":
      await cancelOrderAssignmentWorkflow(req.scope).run({ input: { ...who, reason: body.reason } })
      break
  }
}
