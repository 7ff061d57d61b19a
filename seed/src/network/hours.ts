import type { PlaceInput } from "medusa-plugin-ocop/workflows"

type Venue = NonNullable<PlaceInput["venue"]>

const venueHours: Record<Venue, string> = {
  station: "05:00–19:00 hằng ngày",
  airport: "05:30–22:00 hằng ngày",
  highway_rest_stop: "06:00–22:00 hằng ngày",
  shopping_centre: "09:00–22:00 hằng ngày",
  supermarket_market: "06:00–18:00 hằng ngày",
  tourist_site: "07:30–17:30 hằng ngày",
  hotel_restaurant: "07:00–22:00 hằng ngày",
  craft_village: "08:00–17:00, thứ Ba đến Chủ nhật",
  fair_centre: "08:00–21:00 trong những ngày hội chợ",
  post_office: "07:30–17:00, thứ Hai đến thứ Bảy",
  administrative_centre: "07:30–11:30 và 13:30–17:00, thứ Hai đến thứ Sáu",
}

/** Opening hours as shown to shoppers, by kind of place and venue. */
export function openingHours(type: PlaceInput["type"], venue?: Venue | null): string {
  if (type === "sales_point" && venue) return venueHours[venue]
  if (type === "showroom") return "08:30–21:30 hằng ngày"
  return "07:30–21:00 hằng ngày"
}

/** The prefix of a sales point's name: booths in markets, counters in public offices. */
export function salesPointPrefix(venue: Venue): string {
  if (venue === "supermarket_market" || venue === "shopping_centre") return "Gian hàng OCOP"
  if (venue === "administrative_centre") return "Quầy OCOP"
  return "Điểm bán OCOP"
}
