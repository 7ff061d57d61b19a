import { networkKeys } from "../lib/network-query-keys"
import type { Place } from "@ocop/shared"
import type { CreatePlaceBody } from "../lib/network-types"
import { post, useAdminRead, useOcopWrite } from "./use-admin-api"

/** Every place of the showroom network (the API returns them all, by province). */
export const usePlaces = () =>
  useAdminRead<{ places: Place[] }>(networkKeys.places(), "/admin/ocop/places")

/** Opens a place: a stock location selling through the online store, with its OCOP facts. */
export const useCreatePlace = () =>
  useOcopWrite((body: CreatePlaceBody) => post<{ place: Place }>("/admin/ocop/places", body))
