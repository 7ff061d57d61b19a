import { ocopKeys } from "../lib/query-keys"
import type { ProducerInput } from "../../workflows/types"
import type { Producer, ProducerDetail, ProducerList } from "../lib/types"
import { post, useAdminPage, useAdminRead, useOcopWrite } from "./use-admin-api"

/** One page of producers, filtered by a search on the name. */
export const useProducers = (q: string, limit: number, offset: number) =>
  useAdminPage<ProducerList>(ocopKeys.producers, "/admin/ocop/producers", {
    ...(q && { q }),
    limit,
    offset,
  })

export const useProducer = (producerId: string) =>
  useAdminRead<ProducerDetail>(ocopKeys.producer(producerId), `/admin/ocop/producers/${producerId}`)

export const useCreateProducer = () =>
  useOcopWrite((body: ProducerInput) => post<{ producer: Producer }>("/admin/ocop/producers", body))

/** Gives products their producer (a product has exactly one). */
export const useAssignProducts = () =>
  useOcopWrite(({ producerId, productIds }: { producerId: string; productIds: string[] }) =>
    post<{ product_ids: string[] }>(`/admin/ocop/producers/${producerId}/products`, {
      product_ids: productIds,
    }),
  )
