import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ProducerUserStatus } from "@ocop/shared"
import { OCOP_MODULE } from "../../modules/ocop/lib/constants"
import type OcopModuleService from "../../modules/ocop/service"

export type UpdateProducerUserInput = {
  id: string
  status?: ProducerUserStatus
  producer_id?: string | null
}

/** Approves (attaching the one producer), disables or re-enables a producer user. */
export const updateProducerUserStep = createStep(
  "update-ocop-producer-user",
  async (input: UpdateProducerUserInput, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const before = await ocop.retrieveProducerUser(input.id)
    if (input.producer_id) await ocop.retrieveProducer(input.producer_id)
    const user = await ocop.updateProducerUsers(input)
    return new StepResponse(user, {
      id: before.id,
      status: before.status,
      producer_id: before.producer_id,
    })
  },
  async (before, { container }) => {
    if (!before) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.updateProducerUsers(before)
  },
)
