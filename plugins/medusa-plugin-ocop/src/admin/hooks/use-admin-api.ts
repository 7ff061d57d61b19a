import { keepPreviousData, useMutation, useQuery, type QueryKey } from "@tanstack/react-query"
import { adminFetch } from "../lib/admin-fetch"
import { useRefreshAfterWrite } from "./use-refresh-after-write"

/** POSTs a JSON body to the admin API. */
export const post = <T>(path: string, body: unknown = {}) =>
  adminFetch<T>(path, { method: "POST", body })

/** DELETEs a resource of the admin API. */
export const remove = (path: string) => adminFetch<unknown>(path, { method: "DELETE" })

type Query = Record<string, string | number>

/** A read of the admin API; a paged one keeps the previous page on screen while the next loads. */
export function useAdminRead<T>(
  queryKey: QueryKey,
  path: string,
  { query, paged }: { query?: Query; paged?: boolean } = {},
) {
  return useQuery({
    queryKey,
    queryFn: () => adminFetch<T>(path, { query }),
    ...(paged && { placeholderData: keepPreviousData }),
  })
}

/** One page of an admin list, keyed by its query (filters, limit and offset). */
export const useAdminPage = <T>(key: (query: Query) => QueryKey, path: string, query: Query) =>
  useAdminRead<T>(key(query), path, { query, paged: true })

/** A write to the OCOP admin API; when it succeeds every OCOP list (and product) refetches. */
export function useOcopWrite<V, T>(write: (variables: V) => Promise<T>) {
  const refresh = useRefreshAfterWrite()
  return useMutation({ mutationFn: write, onSuccess: refresh })
}
