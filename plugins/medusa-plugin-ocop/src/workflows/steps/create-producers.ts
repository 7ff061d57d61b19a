import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../modules/ocop/lib/constants"
import type OcopModuleService from "../../modules/ocop/service"
import type { ProducerInput } from "../types"

export const createProducersStep = createStep(
  "create-ocop-producers",
  async (input: ProducerInput[], { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const producers = await ocop.createProducers(input)
    return new StepResponse(
      producers,
      producers.map((producer) => producer.id),
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.deleteProducers(ids)
  },
)
