import { networkKeys } from "../lib/network-query-keys"
import type { CreateStaffUserBody, PlacesChange, StaffUser } from "../lib/network-types"
import { post, useAdminRead, useOcopWrite } from "./use-admin-api"
import type { Invitation } from "./use-invitations"

/** Staff of OCOP centres and sales points, with the places each manages. */
export const useStaffUsers = () =>
  useAdminRead<{ staff_users: StaffUser[] }>(networkKeys.staffUsers(), "/admin/ocop/staff-users")

/** Opens an account and emails the person an invitation to claim it on the staff portal. */
export const useCreateStaffUser = () =>
  useOcopWrite((body: CreateStaffUserBody) =>
    post<{ staff_user: StaffUser; invitation: Invitation }>("/admin/ocop/staff-users", body),
  )

/** Replaces the places a staff member manages. */
export const useSetStaffPlaces = () =>
  useOcopWrite(({ id, placeIds }: PlacesChange) =>
    post<{ place_ids: string[] }>(`/admin/ocop/staff-users/${id}`, { place_ids: placeIds }),
  )
