import type { MedusaContainer } from "@medusajs/framework/types"
import { fairStatus } from "../modules/ocop/lib/fair-rules"
import { type Locale } from "@ocop/shared"
import { OCOP_MODULE } from "../modules/ocop/lib/constants"
import type OcopModuleService from "../modules/ocop/service"
import { listedNowFilter } from "../modules/ocop/lib/listed-now"
import { placeView } from "./place-view"
import { productSummaries } from "./store-products"

type FairRow = {
  id: string
  slug: string
  name: string
  name_en: string | null
  venue: string
  province: string
  starts_at: Date
  ends_at: Date
  description_vi: string | null
  description_en: string | null
  place_id: string
}

/** A fair as shoppers see it, in their language, with its derived status. */
export function fairSummary(fair: FairRow, locale: Locale) {
  return {
    id: fair.id,
    slug: fair.slug,
    name: (locale === "en" && fair.name_en) || fair.name,
    venue: fair.venue,
    province: fair.province,
    starts_at: fair.starts_at,
    ends_at: fair.ends_at,
    status: fairStatus(fair),
    description: (locale === "en" && fair.description_en) || fair.description_vi,
  }
}

/**
 * The public catalog of a fair, by booth: only products the gate lists right now, whatever
 * the catalog table still holds.
 */
export async function fairCatalog(container: MedusaContainer, fair: FairRow, locale: Locale) {
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const [booths, entries, places] = await Promise.all([
    ocop.listFairBooths({ fair_id: fair.id }, { order: { number: "ASC" } }),
    ocop.listFairEntries({ fair_id: fair.id }),
    ocop.listPlaces({ id: fair.place_id }),
  ])
  const listings = entries.length
    ? await ocop.listListings(
        { product_id: entries.map((entry) => entry.product_id), ...listedNowFilter() },
        { relations: ["producer"] },
      )
    : []
  const products = await productSummaries(container, listings, locale)
  const producers = booths.length
    ? await ocop.listProducers({ id: [...new Set(booths.map((booth) => booth.producer_id))] })
    : []
  return {
    ...fairSummary(fair, locale),
    place: (await placeView(container, places))[0] ?? null,
    booths: booths.map((booth) => {
      const producer = producers.find((row) => row.id === booth.producer_id)
      const ids = new Set(entries.filter((e) => e.booth_id === booth.id).map((e) => e.product_id))
      return {
        id: booth.id,
        number: booth.number,
        producer: producer
          ? {
              id: producer.id,
              handle: producer.handle,
              name: producer.name,
              province: producer.province,
            }
          : null,
        products: products.filter((product) => ids.has(product.id)),
      }
    }),
  }
}

/**
 * The places officers linked to each fair (where its stock may come from), by fair id, as
 * placeView shows them.
 */
export async function linkedPlaces(container: MedusaContainer, fairIds: string[]) {
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const links = fairIds.length ? await ocop.listFairPlaces({ fair_id: fairIds }) : []
  const places = links.length
    ? await placeView(container, await ocop.listPlaces({ id: links.map((link) => link.place_id) }))
    : []
  return new Map(
    fairIds.map((id) => [
      id,
      links
        .filter((link) => link.fair_id === id)
        .map((link) => places.find((place) => place.id === link.place_id))
        .filter((place): place is (typeof places)[number] => Boolean(place))
        .sort((a, b) => a.name.localeCompare(b.name, "vi")),
    ]),
  )
}
