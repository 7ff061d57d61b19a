import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../modules/ocop/lib/constants"
import type OcopModuleService from "../../modules/ocop/service"
import type { PlaceInput } from "../types"

export type PlaceRecord = Omit<PlaceInput, "name"> & { stock_location_id: string }

export const createPlacesStep = createStep(
  "create-ocop-places",
  async (input: PlaceRecord[], { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const places = await ocop.createPlaces(input)
    return new StepResponse(
      places,
      places.map((place) => place.id),
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.deletePlaces(ids)
  },
)
