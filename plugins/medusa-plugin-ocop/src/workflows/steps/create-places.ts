import type { PlaceInput } from "../types"
import { createRowsStep } from "./created-rows"

export type PlaceRecord = Omit<PlaceInput, "name"> & { stock_location_id: string }

export const createPlacesStep = createRowsStep(
  "create-ocop-places",
  (ocop, input: PlaceRecord[]) => ocop.createPlaces(input),
  (ocop, ids) => ocop.deletePlaces(ids),
)
