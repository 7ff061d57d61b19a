import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { counterSale, listCounterSales } from "./helpers"
import { placePageRoute, runAtPlace } from "../../../run-at-place"
import { counterSaleWorkflow } from "../../../../../workflows/counter-sale"
import type { StaffCounterSaleType } from "../../../validators"

/** The place's counter sales, newest first, each as its receipt. */
export const GET = placePageRoute(listCounterSales)

/** A sale at the counter; the order, in the place's own sales channel, is the receipt. */
export async function POST(
  req: AuthenticatedMedusaRequest<StaffCounterSaleType>,
  res: MedusaResponse,
) {
  const { place, result } = await runAtPlace(req, counterSaleWorkflow)
  res.status(201).json({
    order: result.order,
    movements: result.movements,
    counter_sale: await counterSale(req.scope, place, result.order.id),
  })
}
