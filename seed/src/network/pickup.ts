import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createLocationFulfillmentSetWorkflow,
  createServiceZonesWorkflow,
  createShippingOptionsWorkflow,
} from "@medusajs/medusa/core-flows"
import type { Commerce } from "../commerce"
import { eachLimit } from "../lib/batches"
import type { LoadedPlace } from "./load"

export const PICKUP_LABEL = "Nhận tại trung tâm OCOP"

const setName = (place: LoadedPlace) => `Nhận tại ${place.name}`

/**
 * Medusa's pickup pattern for each centre that takes pickups: a "pickup" fulfillment set on the
 * centre's location, a service zone, and a free shipping option named after the centre. Each
 * piece is created only if missing, so an interrupted run completes on the next one.
 */
export async function setUpPickup(
  container: MedusaContainer,
  commerce: Commerce,
  places: LoadedPlace[],
): Promise<number> {
  const centres = places.filter((place) => place.pickup)
  if (!centres.length) return 0
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const names = centres.map(setName)
  const list = () =>
    fulfillment.listFulfillmentSets(
      { name: names },
      { relations: ["service_zones", "service_zones.shipping_options"] },
    )

  let sets = await list()
  const missing = centres.filter((place) => !sets.some((set) => set.name === setName(place)))
  await eachLimit(missing, 4, async (place) => {
    await createLocationFulfillmentSetWorkflow(container).run({
      input: {
        location_id: place.locationId,
        fulfillment_set_data: { name: setName(place), type: "pickup" },
      },
    })
  })
  if (missing.length) sets = await list()

  const zoneless = sets.filter((set) => !set.service_zones?.length)
  if (zoneless.length) {
    await createServiceZonesWorkflow(container).run({
      input: {
        data: zoneless.map((set) => ({
          name: set.name,
          fulfillment_set_id: set.id,
          geo_zones: [{ type: "country" as const, country_code: "vn" }],
        })),
      },
    })
    sets = await list()
  }

  const byName = new Map(centres.map((place) => [setName(place), place]))
  const unpriced = sets.flatMap((set) =>
    (set.service_zones ?? [])
      .filter((zone) => !zone.shipping_options?.length)
      .map((zone) => ({ set, zone })),
  )
  if (!unpriced.length) return missing.length + zoneless.length
  await createShippingOptionsWorkflow(container).run({
    input: unpriced.map(({ set, zone }) => {
      const place = byName.get(set.name)!
      return {
        name: set.name,
        price_type: "flat" as const,
        provider_id: "manual_manual",
        service_zone_id: zone.id,
        shipping_profile_id: commerce.shippingProfileId,
        type: {
          label: PICKUP_LABEL,
          description: `${place.address}. ${place.opening_hours ?? ""}`.trim(),
          code: "pickup",
        },
        prices: [
          { currency_code: "vnd", amount: 0 },
          { region_id: commerce.regionId, amount: 0 },
        ],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
          { attribute: "is_return", value: "false", operator: "eq" as const },
        ],
      }
    }),
  })
  return missing.length + zoneless.length + unpriced.length
}
