import type { LinkDefinition, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createLinksWorkflow } from "@medusajs/medusa/core-flows"
import {
  adoptStockLocationsWorkflow,
  createPlacesWorkflow,
  openMissingPlaceCountersWorkflow,
  type PlaceInput,
} from "medusa-plugin-ocop/workflows"
import type { Commerce } from "../commerce"
import { chunk } from "../lib/batches"
import { lookUp } from "../lib/look-up"
import { Progress } from "../lib/progress"

/** A place of the network with the id of its Medusa stock location. */
export type LoadedPlace = PlaceInput & { locationId: string }

/** The places with their location ids, and how many rows were written to get there. */
export type LoadedNetwork = { places: LoadedPlace[]; written: number }

type LocationRow = {
  id: string
  name: string
  ocop_place?: { id: string } | null
  sales_channels?: ({ id: string } | null)[] | null
  fulfillment_providers?: ({ id: string } | null)[] | null
}

const MANUAL_PROVIDER = "manual_manual"

/**
 * Opens the places that do not exist yet (looked up by name), each with its counter, gives
 * adopted locations their counters, then links every place to the online sales channel and the
 * manual fulfillment provider. Returns all places with their location ids.
 */
export async function loadPlaces(
  container: MedusaContainer,
  commerce: Commerce,
  places: PlaceInput[],
  progress = false,
): Promise<LoadedNetwork> {
  const names = new Set(places.map((place) => place.name))
  if (names.size !== places.length) throw new Error("Two places of the network share a name")
  let rows = await locationsNamed(
    container,
    places.map((place) => place.name),
  )
  const byName = new Map(rows.map((row) => [row.name, row]))
  const missing = places.filter((place) => !byName.has(place.name))
  const bare = places.filter(
    (place) => byName.has(place.name) && !byName.get(place.name)!.ocop_place,
  )
  if (missing.length) {
    const bar = new Progress("places", missing.length, progress)
    for (const batch of chunk(missing, 200)) {
      await createPlacesWorkflow(container).run({ input: { places: batch } })
      bar.tick(batch.length)
    }
    bar.finish()
  }
  if (bare.length) {
    await adoptStockLocationsWorkflow(container).run({
      input: {
        places: bare.map(({ name, ...place }) => ({
          ...place,
          stock_location_id: byName.get(name)!.id,
        })),
      },
    })
  }
  const { result: counters } = await openMissingPlaceCountersWorkflow(container).run()
  if (missing.length || bare.length)
    rows = await locationsNamed(
      container,
      places.map((p) => p.name),
    )
  const links = await linkLocations(container, commerce.channelId, rows)
  const ids = new Map(rows.map((row) => [row.name, row.id]))
  return {
    places: places.map((place) => ({ ...place, locationId: ids.get(place.name)! })),
    written: missing.length + bare.length + counters.length + links,
  }
}

const locationsNamed = async (container: MedusaContainer, names: string[]) =>
  (await lookUp(container, "stock_location", "name", names, [
    "id",
    "name",
    "ocop_place.id",
    "sales_channels.id",
    "fulfillment_providers.id",
  ])) as LocationRow[]

/** Every place sells online (sales channel) and ships with the manual provider. */
async function linkLocations(container: MedusaContainer, channelId: string, rows: LocationRow[]) {
  const links = rows.flatMap((row) => {
    const wanted: LinkDefinition[] = []
    if (!row.sales_channels?.some((channel) => channel?.id === channelId)) {
      wanted.push({
        [Modules.SALES_CHANNEL]: { sales_channel_id: channelId },
        [Modules.STOCK_LOCATION]: { stock_location_id: row.id },
      })
    }
    if (!row.fulfillment_providers?.some((provider) => provider?.id === MANUAL_PROVIDER)) {
      wanted.push({
        [Modules.STOCK_LOCATION]: { stock_location_id: row.id },
        [Modules.FULFILLMENT]: { fulfillment_provider_id: MANUAL_PROVIDER },
      })
    }
    return wanted
  })
  for (const batch of chunk(links, 500)) {
    await createLinksWorkflow(container).run({ input: batch })
  }
  return links.length
}
