/**
 * Which place serves an online order — a pure rule, no I/O (docs/decisions, "orders are served
 * from one place"). Pickup: the centre the shopper chose, which must hold every line. Delivery:
 * one place holding every line, the nearest to the shipping province's provincial centre first,
 * else the provincial centre of the producer's province; split into several places only when
 * no single place holds it all.
 */

export type RoutingLine = {
  order_item_id: string
  variant_id: string
  inventory_item_id: string
  /** Units of the inventory item this line needs (line quantity × required quantity). */
  quantity: number
  producer_province?: string | null
}

export type RoutingPlace = {
  id: string
  stock_location_id: string
  type: string
  province: string
  latitude?: number | null
  longitude?: number | null
}

/** Units free to promise, per stock location and inventory item. */
export type Availability = Map<string, Map<string, number>>

export type RoutedPart = { place: RoutingPlace; lines: RoutingLine[] }

export type DeliveryRoute = { parts: RoutedPart[]; unserved: RoutingLine[] }

export class RoutingError extends Error {
  override name = "RoutingError"
}

/** Place types that never send online orders: fair grounds hold stock for their fair. */
const NEVER_SERVES = new Set(["fair_ground"])
const TYPE_RANK: Record<string, number> = {
  provincial_centre: 0,
  local_centre: 1,
  showroom: 2,
  sales_point: 3,
}

/** Province names compared as people write them: case, accents and "Tỉnh"/"TP." aside. */
export function sameProvince(a: string | null | undefined, b: string | null | undefined) {
  const fold = (value: string | null | undefined) =>
    (value ?? "")
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[đĐ]/g, "d")
      .toLowerCase()
      .replace(/^(tinh|thanh pho|tp\.?)\s+/, "")
      .replace(/\s+/g, " ")
      .trim()
  const left = fold(a)
  return left !== "" && left === fold(b)
}

export function canServe(place: RoutingPlace, lines: RoutingLine[], available: Availability) {
  const free = new Map(available.get(place.stock_location_id) ?? [])
  return lines.every((line) => {
    const left = free.get(line.inventory_item_id) ?? 0
    if (left < line.quantity) return false
    free.set(line.inventory_item_id, left - line.quantity)
    return true
  })
}

/** Great-circle distance in kilometres. */
export function distanceKm(
  a: { latitude: number; longitude: number },
  b: { latitude: number; longitude: number },
) {
  const rad = (deg: number) => (deg * Math.PI) / 180
  const dLat = rad(b.latitude - a.latitude)
  const dLon = rad(b.longitude - a.longitude)
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLon / 2) ** 2
  return 2 * 6371 * Math.asin(Math.sqrt(h))
}

/**
 * The province's point: its provincial centre's map point, or undefined when the province has
 * no centre with coordinates in the network.
 */
export function provincePoint(places: RoutingPlace[], province: string | null | undefined) {
  const centre = places.find(
    (place) =>
      place.type === "provincial_centre" &&
      sameProvince(place.province, province) &&
      place.latitude != null &&
      place.longitude != null,
  )
  return centre ? { latitude: centre.latitude!, longitude: centre.longitude! } : undefined
}

/**
 * The places in the order they are asked to serve a delivery: by distance to the shipping
 * province's provincial centre (places without a map point after those with one); when the
 * province has no point, the provincial centre of the producer's province first, then that
 * province's other places. Ties: provincial centre, local centre, showroom, sales point; id.
 */
export function rankForDelivery(
  places: RoutingPlace[],
  destination: { province?: string | null; producerProvinces?: (string | null | undefined)[] },
) {
  const point = provincePoint(places, destination.province)
  const producerProvinces = (destination.producerProvinces ?? []).filter(Boolean)
  const fromProducer = (place: RoutingPlace) =>
    producerProvinces.some((province) => sameProvince(place.province, province))
  const key = (place: RoutingPlace): number[] => {
    const distance =
      point && place.latitude != null && place.longitude != null
        ? distanceKm(point, { latitude: place.latitude, longitude: place.longitude })
        : Number.POSITIVE_INFINITY
    const producerRank = fromProducer(place) ? (place.type === "provincial_centre" ? 0 : 1) : 2
    return [distance, producerRank, TYPE_RANK[place.type] ?? 9]
  }
  return places
    .filter((place) => !NEVER_SERVES.has(place.type))
    .map((place) => ({ place, key: key(place) }))
    .sort((a, b) => {
      for (let i = 0; i < a.key.length; i++) {
        if (a.key[i] !== b.key[i]) return a.key[i] - b.key[i]
      }
      return a.place.id < b.place.id ? -1 : a.place.id > b.place.id ? 1 : 0
    })
    .map((entry) => entry.place)
}

/**
 * A delivery's places: the best-ranked place holding every line; else, one place at a time,
 * the best-ranked place holding the most lines still to serve. Lines no place holds are left
 * `unserved` for the caller to decide.
 */
export function routeDelivery(
  lines: RoutingLine[],
  places: RoutingPlace[],
  available: Availability,
  destination: { province?: string | null },
): DeliveryRoute {
  const ranked = rankForDelivery(places, {
    province: destination.province,
    producerProvinces: lines.map((line) => line.producer_province),
  })
  const whole = ranked.find((place) => canServe(place, lines, available))
  if (whole) return { parts: [{ place: whole, lines }], unserved: [] }

  const parts: RoutedPart[] = []
  let remaining = [...lines]
  const free: Availability = new Map(
    [...available].map(([location, items]) => [location, new Map(items)]),
  )
  while (remaining.length) {
    let best: RoutedPart | undefined
    for (const place of ranked) {
      if (parts.some((part) => part.place.id === place.id)) continue
      const served = remaining.filter((line) => canServe(place, [line], free))
      const fits: RoutingLine[] = []
      for (const line of served) {
        if (canServe(place, [...fits, line], free)) fits.push(line)
      }
      if (fits.length > (best?.lines.length ?? 0)) best = { place, lines: fits }
    }
    if (!best) break
    const stock = free.get(best.place.stock_location_id)!
    for (const line of best.lines) {
      stock.set(line.inventory_item_id, (stock.get(line.inventory_item_id) ?? 0) - line.quantity)
    }
    parts.push(best)
    remaining = remaining.filter((line) => !best.lines.includes(line))
  }
  return { parts, unserved: remaining }
}

/** A pickup is served by the chosen centre alone, which must hold every line. */
export function routePickup(lines: RoutingLine[], centre: RoutingPlace, available: Availability) {
  if (!canServe(centre, lines, available)) {
    throw new RoutingError(`The pickup centre ${centre.id} does not hold every line of the order.`)
  }
  return { parts: [{ place: centre, lines }], unserved: [] } satisfies DeliveryRoute
}
