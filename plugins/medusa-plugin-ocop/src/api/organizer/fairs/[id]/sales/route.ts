import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ownFair } from "../../../../../lib/organizer-context"
import { OCOP_MODULE } from "../../../../../modules/ocop/lib/constants"
import type OcopModuleService from "../../../../../modules/ocop/service"

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
