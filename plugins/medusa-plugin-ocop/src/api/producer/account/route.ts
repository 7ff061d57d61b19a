import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { registeredEmail } from "../../../lib/auth-email"
import { registerProducerUserWorkflow } from "../../../workflows/producer-users"
import type { ProducerRegisterType } from "../validators"

/**
 * Second step of registration, with the token from `/auth/producer/emailpass/register`:
 * creates the pending account. An invited email is claimed at `/producer/account/claim`
 * instead, with the invitation's token. Log in again for a full token.
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
