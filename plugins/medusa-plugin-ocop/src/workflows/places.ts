import { createStockLocationsWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createPlacesStep } from "./steps/create-places"
import type { PlaceInput } from "./types"

/** Opens places of the showroom network: a Medusa stock location plus its OCOP facts each. */
export const createPlacesWorkflow = createWorkflow(
  "create-ocop-places",
  (input: { places: PlaceInput[] }) => {
    const locationsInput = transform({ input }, ({ input }) => ({
      locations: input.places.map((place) => ({
        name: place.name,
        address: {
          address_1: place.address,
          city: place.commune,
          province: place.province,
          country_code: "vn",
          phone: place.phone ?? undefined,
        },
      })),
    }))
    const locations = createStockLocationsWorkflow.runAsStep({ input: locationsInput })
    const records = transform({ input, locations }, ({ input, locations }) =>
      input.places.map(({ name: _name, ...place }, index) => ({
        ...place,
        stock_location_id: locations[index].id,
      })),
    )
    const places = createPlacesStep(records)
    return new WorkflowResponse(places)
  },
)
