import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { registeredEmail } from "../../../lib/auth-email"
import { claimOrganizerUserWorkflow } from "../../../workflows/organizer-users"

/** With the token from `/auth/organizer/emailpass/register`: claim the account an officer opened. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await claimOrganizerUserWorkflow(req.scope).run({
    input: await registeredEmail(req),
  })
  res.status(201).json({ organizer_user: result })
}
