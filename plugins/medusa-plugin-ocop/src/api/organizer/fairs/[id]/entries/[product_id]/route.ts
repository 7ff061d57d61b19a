import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ownFair } from "../../../../../../lib/organizer-context"
import { removeFairEntriesWorkflow } from "../../../../../../workflows/fairs"

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const fair = await ownFair(req, req.params.id)
  await removeFairEntriesWorkflow(req.scope).run({
    input: { fair_id: fair.id, product_ids: [req.params.product_id] },
  })
  res.json({ id: req.params.product_id, object: "fair_entry", deleted: true })
}
