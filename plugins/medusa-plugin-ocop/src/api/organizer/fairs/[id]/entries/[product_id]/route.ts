import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { ownFair } from "../../../../../../lib/organizer-context"
import { OCOP_MODULE } from "../../../../../../modules/ocop/lib/constants"
import type OcopModuleService from "../../../../../../modules/ocop/service"
import { removeFairEntriesWorkflow } from "../../../../../../workflows/fairs"

/** Takes a product out of this fair's catalog; a product not in it answers 404. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const fair = await ownFair(req, req.params.id)
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const [entry] = await ocop.listFairEntries({
    fair_id: fair.id,
    product_id: req.params.product_id,
  })
  if (!entry) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Product ${req.params.product_id} is not in this fair's catalog.`,
    )
  }
  await removeFairEntriesWorkflow(req.scope).run({
    input: { fair_id: fair.id, product_ids: [entry.product_id] },
  })
  res.json({ id: entry.product_id, object: "fair_entry", deleted: true })
}
