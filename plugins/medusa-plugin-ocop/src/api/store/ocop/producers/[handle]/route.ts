import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { Locale } from "@ocop/shared"
import { MedusaError } from "@medusajs/framework/utils"
import { listedNowFilter } from "../../../../../modules/ocop/lib/listed-now"
import { shopperLocale } from "../../../../../lib/locale"
import { cachedRead, ReadCacheTags } from "../../../../../lib/read-cache"
import { producerView } from "../../../../../lib/producer-view"
import { productSummaries } from "../../../../../lib/store-products"
import { OCOP_MODULE } from "../../../../../modules/ocop/lib/constants"
import type OcopModuleService from "../../../../../modules/ocop/service"

/** A producer's page: its story and its listable products. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { handle } = req.params
  const locale = shopperLocale(req)
  res.json(
    await cachedRead(
      req.scope,
      { key: { path: "producer", handle, locale }, tags: [ReadCacheTags.catalog], res },
      () => producerPage(req.scope, handle, locale),
    ),
  )
}

async function producerPage(scope: MedusaContainer, handle: string, locale: Locale) {
  const ocop: OcopModuleService = scope.resolve(OCOP_MODULE)
  const [producer] = await ocop.listProducers({ handle })
  if (!producer) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Producer ${handle} was not found.`)
  }
  const listings = await ocop.listListings(
    { producer_id: producer.id, ...listedNowFilter() },
    { relations: ["producer"], order: { stars: "DESC", certified_at: "DESC" }, take: 200 },
  )
  return {
    producer: {
      ...producerView(producer),
      legacy_district: producer.legacy_district,
      story: (locale === "en" ? producer.story_en : producer.story_vi) ?? producer.story_vi,
      latitude: producer.latitude,
      longitude: producer.longitude,
    },
    products: await productSummaries(scope, listings, locale),
  }
}
