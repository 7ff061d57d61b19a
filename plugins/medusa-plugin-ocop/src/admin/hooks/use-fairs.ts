import { useMutation } from "@tanstack/react-query"
import { networkKeys } from "../lib/network-query-keys"
import type { Fair } from "../lib/network-types"
import { sdk } from "../lib/sdk"
import { post, useAdminRead } from "./use-admin-api"
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
    mutationFn: async ({
      fairId,
      link,
      unlink,
    }: {
      fairId: string
      link: string[]
      unlink: string[]
    }) => {
      for (const placeId of unlink) {
        await sdk.client.fetch(`/admin/ocop/fairs/${fairId}/places/${placeId}`, {
          method: "DELETE",
        })
      }
      for (const placeId of link) {
        await post(`/admin/ocop/fairs/${fairId}/places`, { place_id: placeId })
      }
    },
    onSettled: refresh,
  })
}
