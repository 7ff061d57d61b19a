import {
  createStep,
  createWorkflow,
  StepResponse,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { PlaceInput } from "medusa-plugin-ocop/workflows"

type PlaceRecord = Omit<PlaceInput, "name"> & { stock_location_id: string }
type OcopPlaces = {
  createPlaces(data: PlaceRecord[]): Promise<{ id: string }[]>
  deletePlaces(ids: string[]): Promise<void>
}

const createPlaceRecordsStep = createStep(
  "seed-create-ocop-place-records",
  async (records: PlaceRecord[], { container }) => {
    const places = await container.resolve<OcopPlaces>("ocop").createPlaces(records)
    return new StepResponse(
      places,
      places.map((place) => place.id),
    )
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<OcopPlaces>("ocop").deletePlaces(ids)
  },
)

/**
 * Gives existing stock locations their OCOP facts: databases seeded before the showroom network
 * had a bare "Trung tâm OCOP tỉnh Đắk Lắk" location holding stock and the delivery set.
 */
export const adoptStockLocationsWorkflow = createWorkflow(
  "seed-adopt-stock-locations-as-places",
  (input: { places: PlaceRecord[] }) => new WorkflowResponse(createPlaceRecordsStep(input.places)),
)
