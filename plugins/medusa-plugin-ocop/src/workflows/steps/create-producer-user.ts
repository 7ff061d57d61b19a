import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../modules/ocop/lib/constants"
import type OcopModuleService from "../../modules/ocop/service"
import { deleteCreated } from "./created-rows"

export type InviteProducerUserInput = {
  email: string
  producer_id: string
  first_name?: string | null
  last_name?: string | null
}

/** An officer's invitation: an approved, unclaimed account attached to its producer. */
export const createInvitedProducerUserStep = createStep(
  "create-invited-ocop-producer-user",
  async (input: InviteProducerUserInput, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.retrieveProducer(input.producer_id)
    if ((await ocop.listProducerUsers({ email: input.email })).length) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `A producer account for ${input.email} already exists.`,
      )
    }
    const user = await ocop.createProducerUsers({
      ...input,
      status: "approved",
      claimed: false,
    })
    return new StepResponse(user, user.id)
  },
  deleteCreated((ocop, ids) => ocop.deleteProducerUsers(ids)),
)
