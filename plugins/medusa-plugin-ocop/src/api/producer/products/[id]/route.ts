import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { producerProductDetail } from "../helpers"
import { answerRefusals } from "../../refusal-response"
import { assertOwnProduct, currentProducerId } from "../../../../lib/producer-context"
import { updateProducerProductWorkflow } from "../../../../workflows/producer-products"
import type { ProducerUpdateProductType } from "../../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const producerId = await currentProducerId(req)
  await assertOwnProduct(req, producerId, req.params.id)
  res.json({ product: await producerProductDetail(req.scope, req.params.id) })
}

export async function POST(
  req: AuthenticatedMedusaRequest<ProducerUpdateProductType>,
  res: MedusaResponse,
) {
  const producerId = await currentProducerId(req)
  await assertOwnProduct(req, producerId, req.params.id)
  await answerRefusals(res, async () => {
    await updateProducerProductWorkflow(req.scope).run({
      input: { product_id: req.params.id, update: req.validatedBody },
    })
    res.json({ product: await producerProductDetail(req.scope, req.params.id) })
  })
}
