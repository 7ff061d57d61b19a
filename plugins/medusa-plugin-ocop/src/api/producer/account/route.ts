import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { registeredEmail } from "../../../lib/auth-email"
import { registerProducerUserWorkflow } from "../../../workflows/producer-users"
import type { ProducerRegisterType } from "../validators"

/**
 * Second step of registration, with the token from `/auth/producer/emailpass/register`:
 * creates the pending account (or claims an invitation). Log in again for a full token.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<ProducerRegisterType>,
  res: MedusaResponse,
) {
  const registration = await registeredEmail(req)
  const { result } = await registerProducerUserWorkflow(req.scope).run({
    input: { ...req.validatedBody, ...registration },
  })
  res.status(201).json({ producer_user: result })
}
