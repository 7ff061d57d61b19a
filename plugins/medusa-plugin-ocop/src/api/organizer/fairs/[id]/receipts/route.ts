import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fairBooth, organizerActor, ownFair } from "../../../../../lib/organizer-context"
import { receiveStockWorkflow } from "../../../../../workflows/stock"
import type { OrganizerReceiptType } from "../../../validators"

/**
 * Goods a booth's producer delivers to the fair ground on consignment: that producer's products
 * in the fair's catalog only; a booth of another fair answers 404.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<OrganizerReceiptType>,
  res: MedusaResponse,
) {
  const fair = await ownFair(req, req.params.id)
  const { booth_id, delivery_note, items } = req.validatedBody
  const booth = await fairBooth(req, fair.id, booth_id)
  const { result } = await receiveStockWorkflow(req.scope).run({
    input: {
      place_id: fair.place_id,
      producer_id: booth.producer_id,
      delivery_note,
      items,
      actor: organizerActor(req),
    },
  })
  res.status(201).json({ movements: result })
}
