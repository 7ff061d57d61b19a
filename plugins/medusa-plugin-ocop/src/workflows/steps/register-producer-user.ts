import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../modules/ocop/lib/constants"
import type OcopModuleService from "../../modules/ocop/service"
import { invitationRefused } from "./invited-accounts"
import { deleteCreated } from "./created-rows"

export type RegisterProducerUserInput = {
  email: string
  first_name?: string | null
  last_name?: string | null
  phone?: string | null
  requested_producer_name?: string | null
  requested_registration_number?: string | null
}

/**
 * Creates the account of someone who registered: pending until an officer approves it. An
 * email an officer invited is claimed only with the invitation's token (claim-invitation).
 */
export const registerProducerUserStep = createStep(
  "register-ocop-producer-user",
  async (input: RegisterProducerUserInput, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const [existing] = await ocop.listProducerUsers({ email: input.email })
    if (existing && !existing.claimed) throw invitationRefused("invitation_required")
    if (existing) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `A producer account for ${input.email} already exists.`,
      )
    }
    const user = await ocop.createProducerUsers({ ...input, claimed: true, status: "pending" })
    return new StepResponse(user, user.id)
  },
  deleteCreated((ocop, ids) => ocop.deleteProducerUsers(ids)),
)
