import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { OCOP_MODULE } from "../../../../modules/ocop/lib/constants"
import type OcopModuleService from "../../../../modules/ocop/service"
import { createOrganizerUserWorkflow } from "../../../../workflows/organizer-users"
import type { AdminCreateOrganizerUserType } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  res.json({ organizer_users: await ocop.listOrganizerUsers({}, { take: 500 }) })
}

/** Opens a fair organiser's account and mails the person an invitation to claim it. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminCreateOrganizerUserType>,
  res: MedusaResponse,
) {
  const { result } = await createOrganizerUserWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json(result)
}
