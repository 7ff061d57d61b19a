import { createRemoteLinkStep, createStockLocationsWorkflow } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createPlacesStep } from "./steps/create-places"
import type { PlaceInput } from "./types"

/**
 * Opens places of the showroom network: a Medusa stock location plus its OCOP facts each,
 * selling through the given sales channels.
 */
export const createPlacesWorkflow = createWorkflow(
  "create-ocop-places",
  (input: { places: PlaceInput[]; sales_channel_ids?: string[] }) => {
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
    const links = transform({ input, locations }, ({ input, locations }) =>
      locations.flatMap((location) =>
        (input.sales_channel_ids ?? []).map((sales_channel_id) => ({
          [Modules.SALES_CHANNEL]: { sales_channel_id },
          [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
        })),
      ),
    )
    createRemoteLinkStep(links)
    return new WorkflowResponse(places)
  },
)
