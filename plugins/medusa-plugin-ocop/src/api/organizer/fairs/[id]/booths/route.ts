import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ownFair } from "../../../../../lib/organizer-context"
import { addFairBoothWorkflow } from "../../../../../workflows/fairs"
import type { OrganizerCreateBoothType } from "../../../validators"

export async function POST(
  req: AuthenticatedMedusaRequest<OrganizerCreateBoothType>,
  res: MedusaResponse,
) {
  const fair = await ownFair(req, req.params.id)
  const { result } = await addFairBoothWorkflow(req.scope).run({
    input: { ...req.validatedBody, fair_id: fair.id },
  })
  res.status(201).json({ booth: result })
}
