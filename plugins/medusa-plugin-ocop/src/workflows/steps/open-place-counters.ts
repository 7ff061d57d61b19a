import type { LinkDefinition, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../modules/ocop/lib/constants"
import type OcopModuleService from "../../modules/ocop/service"

/** A place's stock location and name, for the counter it opens. */
export type CounterInput = { stock_location_id: string; name: string }
export type PlaceCounter = { stock_location_id: string; sales_channel_id: string }

type Opened = { sales_channel_ids: string[]; links: LinkDefinition[] }

const counterLink = (counter: PlaceCounter): LinkDefinition => ({
  [Modules.SALES_CHANNEL]: { sales_channel_id: counter.sales_channel_id },
  [Modules.STOCK_LOCATION]: { stock_location_id: counter.stock_location_id },
})

/**
 * Opens counters: a sales channel per place, linked to that place's stock location alone, so
 * a counter sale can only take units off that shelf.
 */
export const openPlaceCountersStep = createStep(
  "open-ocop-place-counters",
  async (input: CounterInput[], { container }) => {
    if (!input.length) return new StepResponse<PlaceCounter[], Opened | null>([], null)
    const channels = await container.resolve(Modules.SALES_CHANNEL).createSalesChannels(
      input.map((place) => ({
        name: `Quầy: ${place.name}`.slice(0, 255),
        description: "Bán tại quầy của điểm bán OCOP",
      })),
    )
    const counters = input.map((place, index) => ({
      stock_location_id: place.stock_location_id,
      sales_channel_id: channels[index].id,
    }))
    const opened: Opened = { sales_channel_ids: channels.map((channel) => channel.id), links: [] }
    try {
      const links = counters.map(counterLink)
      await container.resolve(ContainerRegistrationKeys.LINK).create(links)
      opened.links = links
    } catch (error) {
      // A step that fails is not compensated: undo its half-done work here.
      await closeCounters(container, opened)
      throw error
    }
    return new StepResponse<PlaceCounter[], Opened | null>(counters, opened)
  },
  async (opened, { container }) => {
    if (opened) await closeCounters(container, opened)
  },
)

async function closeCounters(container: MedusaContainer, opened: Opened) {
  if (opened.links.length) {
    await container.resolve(ContainerRegistrationKeys.LINK).dismiss(opened.links)
  }
  if (opened.sales_channel_ids.length) {
    await container.resolve(Modules.SALES_CHANNEL).deleteSalesChannels(opened.sales_channel_ids)
  }
}

/** Records on existing places the counters just opened for them (by stock location). */
export const setPlaceCountersStep = createStep(
  "set-ocop-place-counters",
  async (counters: PlaceCounter[], { container }) => {
    if (!counters.length) return new StepResponse(counters, [] as string[])
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const places = await ocop.listPlaces(
      { stock_location_id: counters.map((counter) => counter.stock_location_id) },
      { select: ["id", "stock_location_id"] },
    )
    const idOf = new Map(places.map((place) => [place.stock_location_id, place.id]))
    await ocop.updatePlaces(
      counters.map((counter) => ({
        id: idOf.get(counter.stock_location_id)!,
        sales_channel_id: counter.sales_channel_id,
      })),
    )
    return new StepResponse(
      counters,
      places.map((place) => place.id),
    )
  },
  async (placeIds, { container }) => {
    if (!placeIds?.length) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.updatePlaces(placeIds.map((id) => ({ id, sales_channel_id: null })))
  },
)

/** The places that have no counter yet, with their stock locations' names. */
export const placesWithoutCounterStep = createStep(
  "find-ocop-places-without-counter",
  async (_: void, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const places = await ocop.listPlaces(
      { sales_channel_id: null },
      { select: ["id", "stock_location_id"] },
    )
    if (!places.length) return new StepResponse([] as CounterInput[])
    const { data: locations } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "stock_location",
      fields: ["id", "name"],
      filters: { id: places.map((place) => place.stock_location_id) },
    })
    const names = new Map(locations.map((location) => [location.id, location.name as string]))
    return new StepResponse(
      places.map((place) => ({
        stock_location_id: place.stock_location_id,
        name: names.get(place.stock_location_id) ?? place.id,
      })),
    )
  },
)
