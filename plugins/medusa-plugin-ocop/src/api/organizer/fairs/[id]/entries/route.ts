import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ownFair } from "../../../../../lib/organizer-context"
import { addFairEntriesWorkflow } from "../../../../../workflows/fairs"
import type { OrganizerAddEntriesType } from "../../../validators"

/** Puts certified products into the catalog at their producers' booths. */
export async function POST(
  req: AuthenticatedMedusaRequest<OrganizerAddEntriesType>,
  res: MedusaResponse,
) {
  const fair = await ownFair(req, req.params.id)
  const { result } = await addFairEntriesWorkflow(req.scope).run({
    input: { fair_id: fair.id, entries: req.validatedBody.entries },
  })
  res.status(201).json({ entries: result })
}
