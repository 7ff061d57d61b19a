import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type PlaceRow = {
  id: string
  stock_location_id: string
  type: string
  venue: string | null
  province: string
  commune: string
  legacy_district: string | null
  address: string
  latitude: number | null
  longitude: number | null
  opening_hours: string | null
  phone: string | null
  pickup: boolean
}

/** A place as shoppers see it: its stock location's name with its OCOP facts. */
export async function placeView(container: MedusaContainer, places: PlaceRow[]) {
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
