import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { registeredEmail } from "../../../lib/auth-email"
import { claimStaffUserWorkflow } from "../../../workflows/staff-users"

/** With the token from `/auth/staff/emailpass/register`: claim the account an officer opened. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const registration = await registeredEmail(req)
  const { result } = await claimStaffUserWorkflow(req.scope).run({ input: registration })
  res.status(201).json({ staff_user: result })
}
