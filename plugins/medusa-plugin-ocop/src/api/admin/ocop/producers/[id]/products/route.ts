import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assignProductsToProducerWorkflow } from "../../../../../../workflows/producers"
import type { AdminAssignProductsType } from "../../../validators"

/** Assigns products to this producer (each product has exactly one producer). */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminAssignProductsType>,
  res: MedusaResponse,
) {
  const { result } = await assignProductsToProducerWorkflow(req.scope).run({
    input: { producer_id: req.params.id, product_ids: req.validatedBody.product_ids },
  })
  res.json({ product_ids: result })
}
