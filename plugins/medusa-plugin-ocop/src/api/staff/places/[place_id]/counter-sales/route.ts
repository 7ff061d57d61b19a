import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { counterSale, listCounterSales } from "./helpers"
import { staffAtPlace } from "../../../../../lib/staff-context"
import { counterSaleWorkflow } from "../../../../../workflows/counter-sale"
import type { StaffCounterSaleType, StaffListType } from "../../../validators"

/** The place's counter sales, newest first, each as its receipt. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, StaffListType>,
  res: MedusaResponse,
) {
  const { place } = await staffAtPlace(req, req.params.place_id)
  const { limit, offset } = req.validatedQuery
  res.json({ ...(await listCounterSales(req.scope, place, { limit, offset })), limit, offset })
}

/** A sale at the counter; the order, in the place's own sales channel, is the receipt. */
export async function POST(
  req: AuthenticatedMedusaRequest<StaffCounterSaleType>,
  res: MedusaResponse,
) {
  const { place, actor } = await staffAtPlace(req, req.params.place_id)
  const { result } = await counterSaleWorkflow(req.scope).run({
    input: { ...req.validatedBody, place_id: place.id, actor },
  })
  res.status(201).json({
    order: result.order,
    movements: result.movements,
    counter_sale: await counterSale(req.scope, place, result.order.id),
  })
}
