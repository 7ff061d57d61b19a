import type { PlaceType, ProducerUserStatus, SalesPointVenue } from "@ocop/shared"
import type { StaffUserStatus } from "./network-types"

/** English labels for accounts and places, with the Vietnamese term officers know. */

export const PLACE_TYPE_LABELS: Record<PlaceType, string> = {
  provincial_centre: "Provincial OCOP centre (trung tâm cấp tỉnh)",
  local_centre: "Local OCOP centre (trung tâm cấp xã)",
  sales_point: "Sales point (điểm bán)",
  showroom: "Showroom (phòng trưng bày)",
  fair_ground: "Fair ground (hội chợ)",
}

/** Short names for tables, where the type sits beside the venue. */
export const PLACE_TYPE_SHORT_LABELS: Record<PlaceType, string> = {
  provincial_centre: "Provincial centre",
  local_centre: "Local centre",
  sales_point: "Sales point",
  showroom: "Showroom",
  fair_ground: "Fair ground",
}

/** Venues of Decision 950/QĐ-BCT (2023). */
export const VENUE_LABELS: Record<SalesPointVenue, string> = {
  station: "Station (nhà ga, bến xe)",
  airport: "Airport (sân bay)",
  highway_rest_stop: "Highway rest stop (trạm dừng nghỉ)",
  shopping_centre: "Shopping centre (trung tâm thương mại)",
  supermarket_market: "Supermarket or market (siêu thị, chợ)",
  tourist_site: "Tourist site (điểm du lịch)",
  hotel_restaurant: "Hotel or restaurant (khách sạn, nhà hàng)",
  craft_village: "Craft village (làng nghề)",
  fair_centre: "Fair and exhibition centre (trung tâm hội chợ)",
  post_office: "Post office (bưu điện)",
  administrative_centre: "Public administration centre (trung tâm hành chính công)",
}

/** "Sales point — tourist site": the type, and where it stands when it has a venue. */
export function placeKindLabel(type: PlaceType, venue: SalesPointVenue | null): string {
  const kind = PLACE_TYPE_SHORT_LABELS[type]
  if (!venue) return kind
  return `${kind} — ${VENUE_LABELS[venue].replace(/ \(.*\)$/, "").toLowerCase()}`
}

export const PRODUCER_USER_STATUS_LABELS: Record<ProducerUserStatus, string> = {
  pending: "Waiting for approval",
  approved: "Approved",
  disabled: "Disabled",
}

export const PRODUCER_USER_STATUS_COLORS: Record<ProducerUserStatus, "orange" | "green" | "grey"> =
  {
    pending: "orange",
    approved: "green",
    disabled: "grey",
  }

export const STAFF_STATUS_LABELS: Record<StaffUserStatus, string> = {
  active: "Active",
  disabled: "Disabled",
}

/**
 * The full name in Vietnamese order, family name first ("Nguyễn Thị" + "Lan" → "Nguyễn Thị
 * Lan"), as the storefront writes it; empty when the account has no name yet.
 */
export function personName(person: {
  first_name: string | null
  last_name: string | null
}): string {
  return [person.last_name, person.first_name].filter(Boolean).join(" ")
}
