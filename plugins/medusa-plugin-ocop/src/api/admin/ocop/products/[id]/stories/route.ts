import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { upsertProductStoriesWorkflow } from "../../../../../../workflows/product-stories"
import type { AdminUpsertStoriesType } from "../../../validators"

export async function POST(
  req: AuthenticatedMedusaRequest<AdminUpsertStoriesType>,
  res: MedusaResponse,
) {
  const product_id = req.params.id
  const { result } = await upsertProductStoriesWorkflow(req.scope).run({
    input: { stories: req.validatedBody.stories.map((story) => ({ ...story, product_id })) },
  })
  res.json({ stories: result })
}
