import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../modules/ocop/lib/constants"
import type OcopModuleService from "../../modules/ocop/service"
import type { ProducerInput } from "../types"

export type UpdateProducerInput = Partial<ProducerInput> & { id: string }

export const updateProducerStep = createStep(
  "update-ocop-producer",
  async (input: UpdateProducerInput, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const before = await ocop.retrieveProducer(input.id)
    const producer = await ocop.updateProducers(input)
    const restore = Object.fromEntries(
      Object.keys(input).map((key) => [key, before[key as keyof typeof before]]),
    ) as UpdateProducerInput
    return new StepResponse(producer, restore)
  },
  async (restore, { container }) => {
    if (!restore) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.updateProducers(restore)
  },
)
