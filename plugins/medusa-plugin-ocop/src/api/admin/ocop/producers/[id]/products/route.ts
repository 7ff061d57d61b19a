import { assignProductsToProducerWorkflow } from "../../../../../../workflows/producers"
import { recordAction } from "../../../record-action"
import type { AdminAssignProductsType } from "../../../validators"

/** Assigns products to this producer (each product has exactly one producer). */
export const POST = recordAction(
  assignProductsToProducerWorkflow,
  "product_ids",
  (producer_id, { product_ids }: AdminAssignProductsType) => ({ producer_id, product_ids }),
)
