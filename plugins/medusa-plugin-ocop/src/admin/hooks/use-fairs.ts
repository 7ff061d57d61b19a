import { useMutation } from "@tanstack/react-query"
import { networkKeys } from "../lib/network-query-keys"
import type { Fair, PlacesChange } from "../lib/network-types"
import { post, remove, useAdminRead } from "./use-admin-api"
import { useRefreshAfterWrite } from "./use-refresh-after-write"

/** Every fair, with its organiser and linked places. */
export const useFairs = () =>
  useAdminRead<{ fairs: Fair[] }>(networkKeys.fairs(), "/admin/ocop/fairs")

/**
 * Links and unlinks places of a fair, one request each, so the places already saved stay saved
 * if one is refused.
 */
export function useSetFairPlaces() {
  const refresh = useRefreshAfterWrite()
  return useMutation({
    mutationFn: async ({ id, before, placeIds }: PlacesChange) => {
      for (const placeId of before.filter((placeId) => !placeIds.includes(placeId))) {
        await remove(`/admin/ocop/fairs/${id}/places/${placeId}`)
      }
      for (const placeId of placeIds.filter((placeId) => !before.includes(placeId))) {
        await post(`/admin/ocop/fairs/${id}/places`, { place_id: placeId })
      }
    },
    onSettled: refresh,
  })
}
