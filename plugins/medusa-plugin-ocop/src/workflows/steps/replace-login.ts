import type { AuthIdentityDTO, IAuthModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { InvitedActor } from "../../modules/ocop/lib/constants"

export type ReplaceLoginInput = {
  actor_type: InvitedActor
  account_id: string
  email: string
  password: string
}

const EMAILPASS = "emailpass"

async function loginFor(auth: IAuthModuleService, email: string) {
  const [identity] = await auth.listAuthIdentities(
    { provider_identities: { provider: EMAILPASS, entity_id: email } },
    { relations: ["provider_identities"] },
  )
  return identity as AuthIdentityDTO | undefined
}

/**
 * The invitee's email login, with the password they chose, carrying the account. A login that
 * already exists for the email is replaced, not reused: whoever registered it first (perhaps
 * not the owner of the address, who has just proved it with the token) loses its password and
 * its tokens, which can no longer be refreshed into this account. What it was linked to (a
 * shopper account of the same email, say) moves to the new login.
 */
export const replaceLoginStep = createStep(
  "replace-ocop-login",
  async (input: ReplaceLoginInput, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const previous = await loginFor(auth, input.email)
    if (previous) await auth.deleteAuthIdentities([previous.id])
    const { success, authIdentity, error } = await auth.register(EMAILPASS, {
      body: { email: input.email, password: input.password },
    })
    if (!success || !authIdentity) {
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Cannot create the login: ${error}`)
    }
    await auth.updateAuthIdentities({
      id: authIdentity.id,
      app_metadata: {
        ...previous?.app_metadata,
        [`${input.actor_type}_id`]: input.account_id,
      },
    })
    return new StepResponse(
      { auth_identity_id: authIdentity.id },
      { id: authIdentity.id, previous },
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    const auth = container.resolve(Modules.AUTH)
    await auth.deleteAuthIdentities([undo.id])
    const previous = undo.previous
    if (!previous) return
    await auth.createAuthIdentities({
      id: previous.id,
      app_metadata: previous.app_metadata,
      provider_identities: (previous.provider_identities ?? []).map((identity) => ({
        provider: identity.provider,
        entity_id: identity.entity_id,
        provider_metadata: identity.provider_metadata,
        user_metadata: identity.user_metadata,
      })),
    })
  },
)
