import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { producerProductRows } from "./helpers"
import { ownPageRoute } from "../own-page"
import { answerRefusals } from "../refusal-response"
import { currentProducerId } from "../../../lib/producer-context"
import { createProducerProductWorkflow } from "../../../workflows/producer-products"
import type { ProducerCreateProductType } from "../validators"

/** The producer's own products with their certificate state and expiry. */
export const GET = ownPageRoute(producerProductRows)

export async function POST(
  req: AuthenticatedMedusaRequest<ProducerCreateProductType>,
  res: MedusaResponse,
) {
  const producerId = await currentProducerId(req)
  await answerRefusals(res, async () => {
    const { result } = await createProducerProductWorkflow(req.scope).run({
      input: { producer_id: producerId, product: req.validatedBody },
    })
    res.status(201).json({ product: result[0] })
  })
}
