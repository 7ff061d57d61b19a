import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../modules/ocop/lib/constants"
import type OcopModuleService from "../../modules/ocop/service"

export type RegisterProducerUserInput = {
  email: string
  first_name?: string | null
  last_name?: string | null
  phone?: string | null
  requested_producer_name?: string | null
  requested_registration_number?: string | null
}

type Undo = { created?: string; claimed?: string }

/**
 * Creates the account of someone who registered (pending), or lets an invitee claim the
 * approved account an officer prepared for their email.
 */
export const registerProducerUserStep = createStep(
  "register-ocop-producer-user",
  async (input: RegisterProducerUserInput, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const [existing] = await ocop.listProducerUsers({ email: input.email })
    if (existing?.claimed) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `A producer account for ${input.email} already exists.`,
      )
    }
    if (existing) {
      const user = await ocop.updateProducerUsers({
        id: existing.id,
        claimed: true,
        first_name: input.first_name ?? existing.first_name,
        last_name: input.last_name ?? existing.last_name,
        phone: input.phone ?? existing.phone,
      })
      return new StepResponse(user, { claimed: existing.id } as Undo)
    }
    const user = await ocop.createProducerUsers({ ...input, claimed: true, status: "pending" })
    return new StepResponse(user, { created: user.id } as Undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    if (undo.created) await ocop.deleteProducerUsers(undo.created)
    if (undo.claimed) await ocop.updateProducerUsers({ id: undo.claimed, claimed: false })
  },
)
