import type { ProducerInput } from "../types"
import { createRowsStep } from "./created-rows"

export const createProducersStep = createRowsStep(
  "create-ocop-producers",
  (ocop, input: ProducerInput[]) => ocop.createProducers(input),
  (ocop, ids) => ocop.deleteProducers(ids),
)
