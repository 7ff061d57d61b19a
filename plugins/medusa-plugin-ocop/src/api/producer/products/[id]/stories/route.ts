import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assertOwnProduct, currentProducerId } from "../../../../../lib/producer-context"
import { upsertProductStoriesWorkflow } from "../../../../../workflows/product-stories"
import type { ProducerUpsertStoriesType } from "../../../validators"

/** The product story in Vietnamese and English: worth about 10 of the 100 evaluation points. */
export async function POST(
  req: AuthenticatedMedusaRequest<ProducerUpsertStoriesType>,
  res: MedusaResponse,
) {
  const producerId = await currentProducerId(req)
  const product_id = req.params.id
  await assertOwnProduct(req, producerId, product_id)
  const { result } = await upsertProductStoriesWorkflow(req.scope).run({
    input: { stories: req.validatedBody.stories.map((story) => ({ ...story, product_id })) },
  })
  res.json({ stories: result })
}
