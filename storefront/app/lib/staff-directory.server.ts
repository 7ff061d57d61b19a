import { FetchError } from "@medusajs/js-sdk"
import { data } from "react-router"
import type { Locale } from "./i18n.ts"
import { getMedusa } from "./medusa.server.ts"
import { listPlaces } from "./ocop.server.ts"
import type { Place, ProductListResponse } from "./ocop-types.ts"

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

/**
 * The producers of the certified products in stock at a place, by name. The staff API has no
 * list of producers, so this is where a receipt's producer is picked from.
 */
export async function producersAtPlace(
  placeId: string,
  locale: Locale,
  signal?: AbortSignal,
): Promise<ShelfProducer[]> {
  const producers = new Map<string, ShelfProducer>()
  const timeout = AbortSignal.timeout(10_000)
  for (let offset = 0; offset < 500; offset += 100) {
    let page: ProductListResponse
    try {
      page = await getMedusa().client.fetch<ProductListResponse>("/store/ocop/products", {
        query: { place: placeId, limit: 100, offset, locale },
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      })
    } catch (error) {
      if (!(error instanceof FetchError) || !signal?.aborted)
        console.error("Staff portal: producers of a place failed", error)
      throw data({ message: "backend_unavailable" }, { status: 502 })
    }
    for (const product of page.products) {
      const known = producers.get(product.producer.id)
      if (known) known.productIds.push(product.id)
      else
        producers.set(product.producer.id, {
          id: product.producer.id,
          name: product.producer.name,
          productIds: [product.id],
        })
    }
    if (offset + page.products.length >= page.count || !page.products.length) break
  }
  return [...producers.values()].sort((a, b) => a.name.localeCompare(b.name, "vi"))
}
