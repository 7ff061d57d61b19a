import { useMutation, useQuery } from "@tanstack/react-query"
import { networkKeys } from "../lib/network-query-keys"
import type { CreateStaffUserBody, StaffUser } from "../lib/network-types"
import { sdk } from "../lib/sdk"
import type { Invitation } from "./use-invitations"
import { useRefreshAfterWrite } from "./use-refresh-after-write"

/** Staff of OCOP centres and sales points, with the places each manages. */
export function useStaffUsers() {
  return useQuery({
    queryKey: networkKeys.staffUsers(),
    queryFn: () => sdk.client.fetch<{ staff_users: StaffUser[] }>("/admin/ocop/staff-users"),
  })
}

/** Opens an account and emails the person an invitation to claim it on the staff portal. */
export function useCreateStaffUser() {
  const refresh = useRefreshAfterWrite()
  return useMutation({
    mutationFn: (body: CreateStaffUserBody) =>
      sdk.client.fetch<{ staff_user: StaffUser; invitation: Invitation }>(
        "/admin/ocop/staff-users",
        {
          method: "POST",
          body,
        },
      ),
    onSuccess: refresh,
  })
}

/** Replaces the places a staff member manages. */
export function useSetStaffPlaces() {
  const refresh = useRefreshAfterWrite()
  return useMutation({
    mutationFn: ({ id, placeIds }: { id: string; placeIds: string[] }) =>
      sdk.client.fetch<{ place_ids: string[] }>(`/admin/ocop/staff-users/${id}`, {
        method: "POST",
        body: { place_ids: placeIds },
      }),
    onSuccess: refresh,
  })
}
