import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createPlacesStep, type PlaceRecord } from "./steps/create-places"
import { validateAdoptionsStep } from "./steps/validate-adoptions"

export type { PlaceRecord }

/**
 * Gives existing stock locations their OCOP facts, many at once: databases seeded before the
 * showroom network had a bare "Trung tâm OCOP tỉnh Đắk Lắk" location holding stock and the
 * delivery set. Their counters are opened by openMissingPlaceCountersWorkflow.
 */
export const adoptStockLocationsWorkflow = createWorkflow(
  "adopt-stock-locations-as-ocop-places",
  (input: { places: PlaceRecord[] }) =>
    new WorkflowResponse(createPlacesStep(validateAdoptionsStep(input.places))),
)
