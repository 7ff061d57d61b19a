import { useMutation, useQuery } from "@tanstack/react-query"
import { networkKeys } from "../lib/network-query-keys"
import type { CreatePlaceBody, Place } from "../lib/network-types"
import { sdk } from "../lib/sdk"
import { useRefreshAfterWrite } from "./use-refresh-after-write"

/** Every place of the showroom network (the API returns them all, by province). */
export function usePlaces() {
  return useQuery({
    queryKey: networkKeys.places(),
    queryFn: () => sdk.client.fetch<{ places: Place[] }>("/admin/ocop/places"),
  })
}

/** Opens a place: a stock location selling through the online store, with its OCOP facts. */
export function useCreatePlace() {
  const refresh = useRefreshAfterWrite()
  return useMutation({
    mutationFn: (body: CreatePlaceBody) =>
      sdk.client.fetch<{ place: Place }>("/admin/ocop/places", { method: "POST", body }),
    onSuccess: refresh,
  })
}
