import { createStep } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../modules/ocop/lib/constants"
import type OcopModuleService from "../../modules/ocop/service"
import type { ProducerInput } from "../types"
import { createdRows, deleteCreated } from "./created-rows"

export const createProducersStep = createStep(
  "create-ocop-producers",
  async (input: ProducerInput[], { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const producers = await ocop.createProducers(input)
    return createdRows(producers)
  },
  deleteCreated((ocop, ids) => ocop.deleteProducers(ids)),
)
