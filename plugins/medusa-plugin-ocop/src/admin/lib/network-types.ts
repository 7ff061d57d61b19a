import type {
  FairSummary,
  Place,
  ProducerUserAccount,
  ProducerUserStatus,
  StaffUserAccount,
} from "@ocop/shared"
import type { PlaceInput } from "../../workflows/types"
import type { Producer } from "./types"

/** Shapes of the /admin/ocop API for accounts and the showroom network, as JSON. */

export type ProducerUser = ProducerUserAccount & {
  claimed: boolean
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

/** The person an account is opened for, as the API takes it. */
export type PersonBody = { email: string; first_name?: string | null; last_name?: string | null }

/** Body of POST /admin/ocop/producer-users. */
export type InviteProducerUserBody = PersonBody & { producer_id: string }

/** Body of POST /admin/ocop/producer-users/:id. */
export type UpdateProducerUserBody = { status: ProducerUserStatus; producer_id?: string }

/** Body of POST /admin/ocop/places: a place as the workflow takes it, its counter's channel made by the server. */
export type CreatePlaceBody = Omit<PlaceInput, "sales_channel_id">

export type StaffUser = StaffUserAccount & {
  claimed: boolean
  assignments: { id: string; place_id: string }[]
}

/** A change of a fair's or a staff member's places: whose, the places it had, the places it gets. */
export type PlacesChange = { id: string; before: string[]; placeIds: string[] }

/** Body of POST /admin/ocop/staff-users. */
export type CreateStaffUserBody = PersonBody & { place_ids: string[] }

/** GET /admin/ocop/fairs: a fair with its organiser and the places linked to it. */
export type Fair = Omit<FairSummary, "description"> & {
  place_id: string
  organizer: { id: string; email: string; organisation: string | null } | null
  linked_places: Place[]
}
