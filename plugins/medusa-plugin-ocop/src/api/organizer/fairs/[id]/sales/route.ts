import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { organizerActor, ownFair } from "../../../../../lib/organizer-context"
import { OCOP_MODULE } from "../../../../../modules/ocop/lib/constants"
import type OcopModuleService from "../../../../../modules/ocop/service"
import { counterSaleWorkflow } from "../../../../../workflows/counter-sale"
import type { OrganizerCounterSaleType } from "../../../validators"

/** Counter sales made on the fair ground: what sold, how many, when. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const fair = await ownFair(req, req.params.id)
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const sales = await ocop.listStockMovements(
    { place_id: fair.place_id, kind: "counter_sale" },
    { order: { created_at: "DESC" }, take: 1000 },
  )
  res.json({
    sales: sales.map((sale) => ({
      order_id: sale.order_id,
      variant_id: sale.variant_id,
      quantity: -sale.quantity_change,
      sold_at: sale.created_at,
    })),
    units: sales.reduce((sum, sale) => sum - sale.quantity_change, 0),
  })
}

/**
 * A sale at the fair counter, from the fair ground's own stock: the same counter sale as a
 * place's (an order in the fair's sales channel is the receipt), made in the organiser's name.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<OrganizerCounterSaleType>,
  res: MedusaResponse,
) {
  const fair = await ownFair(req, req.params.id)
  const { result } = await counterSaleWorkflow(req.scope).run({
    input: { ...req.validatedBody, place_id: fair.place_id, actor: organizerActor(req) },
  })
  res.status(201).json({ order: result.order, movements: result.movements })
}
