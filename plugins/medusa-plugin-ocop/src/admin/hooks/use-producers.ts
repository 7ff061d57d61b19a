import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query"
import { ocopKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import type { CreateProducerBody, Producer, ProducerDetail, ProducerList } from "../lib/types"
import { useRefreshAfterWrite } from "./use-refresh-after-write"

/** One page of producers, filtered by a search on the name. */
export function useProducers(q: string, limit: number, offset: number) {
  const query = { ...(q && { q }), limit, offset }
  return useQuery({
    queryKey: ocopKeys.producers(query),
    queryFn: () => sdk.client.fetch<ProducerList>("/admin/ocop/producers", { query }),
    placeholderData: keepPreviousData,
  })
}

export function useProducer(producerId: string) {
  return useQuery({
    queryKey: ocopKeys.producer(producerId),
    queryFn: () => sdk.client.fetch<ProducerDetail>(`/admin/ocop/producers/${producerId}`),
  })
}

export function useCreateProducer() {
  const refresh = useRefreshAfterWrite()
  return useMutation({
    mutationFn: (body: CreateProducerBody) =>
      sdk.client.fetch<{ producer: Producer }>("/admin/ocop/producers", { method: "POST", body }),
    onSuccess: refresh,
  })
}

/** Gives products their producer (a product has exactly one). */
export function useAssignProducts() {
  const refresh = useRefreshAfterWrite()
  return useMutation({
    mutationFn: ({ producerId, productIds }: { producerId: string; productIds: string[] }) =>
      sdk.client.fetch<{ product_ids: string[] }>(`/admin/ocop/producers/${producerId}/products`, {
        method: "POST",
        body: { product_ids: productIds },
      }),
    onSuccess: refresh,
  })
}
