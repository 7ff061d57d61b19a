import { createRemoteLinkStep, createStockLocationsWorkflow } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ReadCacheTags } from "../lib/read-cache"
import { clearReadCacheStep } from "./steps/clear-read-cache"
import { createPlacesStep } from "./steps/create-places"
import {
  openPlaceCountersStep,
  placesWithoutCounterStep,
  setPlaceCountersStep,
  type CounterInput,
} from "./steps/open-place-counters"
import type { PlaceInput } from "./types"

/**
 * Opens places of the showroom network: a Medusa stock location plus its OCOP facts each,
 * selling through the given sales channels (the online store) and at its own counter — a sales
 * channel of the place's own unless the input names one (a fair ground sells in its fair's).
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
    const counters = openPlaceCountersStep(
      transform({ input, locations }, ({ input, locations }) =>
        input.places.flatMap((place, index): CounterInput[] =>
          place.sales_channel_id
            ? []
            : [{ stock_location_id: locations[index].id, name: place.name }],
        ),
      ),
    )
    const records = transform({ input, locations, counters }, ({ input, locations, counters }) =>
      input.places.map(({ name: _name, ...place }, index) => ({
        ...place,
        stock_location_id: locations[index].id,
        sales_channel_id:
          place.sales_channel_id ??
          counters.find((counter) => counter.stock_location_id === locations[index].id)!
            .sales_channel_id,
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
    clearReadCacheStep({ tags: [ReadCacheTags.places] })
    return new WorkflowResponse(places)
  },
)

/**
 * Opens the counter of every place that has none: places opened before counters existed, and
 * stock locations adopted as places. Idempotent; a place with a counter keeps it.
 */
export const openMissingPlaceCountersWorkflow = createWorkflow(
  "open-missing-ocop-place-counters",
  () =>
    new WorkflowResponse(setPlaceCountersStep(openPlaceCountersStep(placesWithoutCounterStep()))),
)
