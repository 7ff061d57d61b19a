import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Place } from "@ocop/shared"

/** A place as the module stores it: everything shoppers see but its stock location's name. */
type PlaceRow = Omit<Place, "name">

/** A place as shoppers see it: its stock location's name with its OCOP facts. */
export async function placeView(container: MedusaContainer, places: PlaceRow[]): Promise<Place[]> {
  if (!places.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: locations } = await query.graph({
    entity: "stock_location",
    fields: ["id", "name"],
    filters: { id: places.map((place) => place.stock_location_id) },
  })
  const names = new Map(locations.map((location) => [location.id, location.name as string]))
  return places.map((place) => ({
    id: place.id,
    stock_location_id: place.stock_location_id,
    name: names.get(place.stock_location_id) ?? "",
    type: place.type,
    venue: place.venue,
    province: place.province,
    commune: place.commune,
    legacy_district: place.legacy_district,
    address: place.address,
    latitude: place.latitude,
    longitude: place.longitude,
    opening_hours: place.opening_hours,
    phone: place.phone,
    pickup: place.pickup,
  }))
}
