import { createStep } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../modules/ocop/lib/constants"
import type OcopModuleService from "../../modules/ocop/service"
import type { PlaceInput } from "../types"
import { createdRows, deleteCreated } from "./created-rows"

export type PlaceRecord = Omit<PlaceInput, "name"> & { stock_location_id: string }

export const createPlacesStep = createStep(
  "create-ocop-places",
  async (input: PlaceRecord[], { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const places = await ocop.createPlaces(input)
    return createdRows(places)
  },
  deleteCreated((ocop, ids) => ocop.deletePlaces(ids)),
)
