import { MedusaError } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../modules/ocop/lib/constants"
import type OcopModuleService from "../modules/ocop/service"

type Input = { place_id: string; commission_bps: number | null }

const setPlaceCommissionStep = createStep(
  "ocop-set-place-commission",
  async (input: Input, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const [place] = await ocop.listPlaces({ id: input.place_id })
    if (!place) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Place ${input.place_id} was not found.`)
    }
    const updated = await ocop.updatePlaces({
      id: place.id,
      commission_bps: input.commission_bps,
    })
    return new StepResponse(updated, { id: place.id, commission_bps: place.commission_bps })
  },
  async (previous, { container }) => {
    if (!previous) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.updatePlaces(previous)
  },
)

/** An officer sets a place's commission on consigned sales (null: its type's default). */
export const setPlaceCommissionWorkflow = createWorkflow(
  "ocop-set-place-commission",
  (input: Input) => new WorkflowResponse(setPlaceCommissionStep(input)),
)
