import { MedusaError } from "@medusajs/framework/utils"
import {
  INVITATION_REFUSALS,
  type InvitationRefusal,
} from "../../modules/ocop/lib/invitation-rules"
import { PRODUCER_ACTOR, STAFF_ACTOR, type InvitedActor } from "../../modules/ocop/lib/constants"
import type OcopModuleService from "../../modules/ocop/service"

/** What the invitation steps read and write of an invited account, whatever its actor type. */
export type InvitedAccount = {
  id: string
  email: string
  claimed: boolean
  first_name?: string | null
  last_name?: string | null
  phone?: string | null
}

export type AccountChanges = Partial<Omit<InvitedAccount, "id" | "email">> & { id: string }

export function retrieveInvitedAccount(
  ocop: OcopModuleService,
  actor: InvitedActor,
  id: string,
): Promise<InvitedAccount> {
  if (actor === PRODUCER_ACTOR) return ocop.retrieveProducerUser(id)
  if (actor === STAFF_ACTOR) return ocop.retrieveStaffUser(id)
  return ocop.retrieveOrganizerUser(id)
}

export async function updateInvitedAccount(
  ocop: OcopModuleService,
  actor: InvitedActor,
  changes: AccountChanges,
): Promise<InvitedAccount> {
  if (actor === PRODUCER_ACTOR) return ocop.updateProducerUsers(changes)
  const { phone: _phone, ...rest } = changes
  if (actor === STAFF_ACTOR) return ocop.updateStaffUsers(rest)
  return ocop.updateOrganizerUsers(rest)
}

/** A refused claim: 403 with the code the storefront translates. */
export const invitationRefused = (code: InvitationRefusal) =>
  new MedusaError(MedusaError.Types.FORBIDDEN, INVITATION_REFUSALS[code], code)
