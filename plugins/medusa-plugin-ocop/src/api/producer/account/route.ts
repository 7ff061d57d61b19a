import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
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
  if (req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "This login already has an account.")
  }
  const auth = req.scope.resolve(Modules.AUTH)
  const identity = await auth.retrieveAuthIdentity(req.auth_context.auth_identity_id, {
    relations: ["provider_identities"],
  })
  const email = identity.provider_identities?.find((p) => p.provider === "emailpass")?.entity_id
  if (!email) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Register with email and password first.")
  }
  const { result } = await registerProducerUserWorkflow(req.scope).run({
    input: { ...req.validatedBody, email, auth_identity_id: identity.id },
  })
  res.status(201).json({ producer_user: result })
}
