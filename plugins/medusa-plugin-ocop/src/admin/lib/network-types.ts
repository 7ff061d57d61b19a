import type {
  FairStatus,
  PlaceType,
  ProducerUserStatus,
  SalesPointVenue,
  STAFF_USER_STATUSES,
} from "@ocop/shared"
import type { Producer } from "./types"

/** Shapes of the /admin/ocop API for accounts and the showroom network, as JSON. */

export type ProducerUser = {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
  phone: string | null
  status: ProducerUserStatus
  claimed: boolean
  requested_producer_name: string | null
  requested_registration_number: string | null
  producer: Pick<Producer, "id" | "name"> | null
  created_at: string
}

/** GET /admin/ocop/producer-users */
export type ProducerUserList = {
  producer_users: ProducerUser[]
  count: number
  limit: number
  offset: number
}

/** Body of POST /admin/ocop/producer-users. */
export type InviteProducerUserBody = {
  email: string
  producer_id: string
  first_name?: string | null
  last_name?: string | null
}

/** Body of POST /admin/ocop/producer-users/:id. */
export type UpdateProducerUserBody = { status: ProducerUserStatus; producer_id?: string }

export type Place = {
  id: string
  stock_location_id: string
  name: string
  type: PlaceType
  venue: SalesPointVenue | null
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

/** Body of POST /admin/ocop/places. */
export type CreatePlaceBody = {
  name: string
  type: PlaceType
  venue?: SalesPointVenue | null
  province: string
  commune: string
  legacy_district?: string | null
  address: string
  latitude?: number | null
  longitude?: number | null
  opening_hours?: string | null
  phone?: string | null
  pickup?: boolean
}

export type StaffUserStatus = (typeof STAFF_USER_STATUSES)[number]

export type StaffUser = {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
  status: StaffUserStatus
  claimed: boolean
  assignments: { id: string; place_id: string }[]
}

/** Body of POST /admin/ocop/staff-users. */
export type CreateStaffUserBody = {
  email: string
  first_name?: string | null
  last_name?: string | null
  place_ids: string[]
}

/** GET /admin/ocop/fairs: a fair with its organiser and the places linked to it. */
export type Fair = {
  id: string
  slug: string
  name: string
  venue: string
  province: string
  starts_at: string
  ends_at: string
  status: FairStatus
  place_id: string
  organizer: { id: string; email: string; organisation: string | null } | null
  linked_places: Place[]
}
