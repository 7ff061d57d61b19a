import { FetchError } from "@medusajs/js-sdk"
import { data } from "react-router"
import type { Locale } from "./i18n.ts"
import { getMedusa } from "./medusa.server.ts"
import { listPlaces } from "./ocop.server.ts"
import { mapWithConcurrency } from "./concurrency.ts"
import type { Place, ProductDetailResponse } from "./ocop-types.ts"

/**
 * What the staff portal reads from the public store API (with the publishable key): the places
 * a transfer can go to, and the producers whose goods a place already sells.
 */

/** Every centre, sales point and showroom of the network, for a transfer's destination. */
export async function directoryPlaces(signal?: AbortSignal): Promise<Place[]> {
  const places: Place[] = []
  for (let offset = 0; offset < 2_000; offset += 500) {
    const page = await listPlaces({ limit: 500, offset }, signal)
    places.push(...page.places)
    if (offset + page.places.length >= page.count || !page.places.length) break
  }
  return places
}

export type ShelfProducer = { id: string; name: string; productIds: string[] }

/** Products a place's producer list is read for; beyond that, the producer is typed by id. */
const maxShelfProducts = 100

async function storeGet<T>(path: string, query: Record<string, unknown>, signal?: AbortSignal) {
  const timeout = AbortSignal.timeout(10_000)
  try {
    return await getMedusa().client.fetch<T>(path, {
      query,
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    })
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) return null
    if (!signal?.aborted) console.error(`Staff portal: GET ${path} failed`, error)
    throw data({ message: "backend_unavailable" }, { status: 502 })
  }
}

/**
 * The producers of the certified products on a place's shelf, by name. The staff API has no
 * list of producers, and the store listing cannot filter by place, so each shelf product's
 * public page names its producer (products no longer listed have none to show).
 */
export async function producersOfShelf(
  productIds: string[],
  locale: Locale,
  signal?: AbortSignal,
): Promise<ShelfProducer[]> {
  const ids = [...new Set(productIds)].slice(0, maxShelfProducts)
  if (!ids.length) return []
  const list = await storeGet<{ products: { id: string; handle: string }[] }>(
    "/store/products",
    { id: ids, fields: "id,handle", limit: ids.length },
    signal,
  )
  const details = await mapWithConcurrency(list?.products ?? [], 6, (product) =>
    storeGet<ProductDetailResponse>(
      `/store/ocop/products/${encodeURIComponent(product.handle)}`,
      { locale },
      signal,
    ),
  )
  const producers = new Map<string, ShelfProducer>()
  for (const detail of details) {
    if (!detail) continue
    const { id: productId, producer } = detail.product
    const known = producers.get(producer.id)
    if (known) known.productIds.push(productId)
    else
      producers.set(producer.id, { id: producer.id, name: producer.name, productIds: [productId] })
  }
  return [...producers.values()].sort((a, b) => a.name.localeCompare(b.name, "vi"))
}
