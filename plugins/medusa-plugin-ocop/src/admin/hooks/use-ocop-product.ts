import { useQuery } from "@tanstack/react-query"
import { ocopKeys } from "../lib/query-keys"
import { adminFetch } from "../lib/admin-fetch"
import type { OcopProductFile } from "../lib/types"

/** A product's OCOP file: listing, producer, certificate history. */
export function useOcopProduct(productId: string) {
  return useQuery({
    queryKey: ocopKeys.product(productId),
    queryFn: () => adminFetch<OcopProductFile>(`/admin/ocop/products/${productId}`),
  })
}
