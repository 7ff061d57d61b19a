import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { listedNowFilter } from "../../../../../modules/ocop/lib/listed-now"
import { shopperLocale } from "../../../../../lib/locale"
import { producerView } from "../../../../../lib/producer-view"
import { productSummaries } from "../../../../../lib/store-products"
import { OCOP_MODULE } from "../../../../../modules/ocop/lib/constants"
import type OcopModuleService from "../../../../../modules/ocop/service"

/** A producer's page: its story and its listable products. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const [producer] = await ocop.listProducers({ handle: req.params.handle })
  if (!producer) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Producer ${req.params.handle} was not found.`,
    )
  }
  const locale = shopperLocale(req)
  const listings = await ocop.listListings(
    { producer_id: producer.id, ...listedNowFilter() },
    { relations: ["producer"], order: { stars: "DESC", certified_at: "DESC" }, take: 200 },
  )
  res.json({
    producer: {
      ...producerView(producer),
      legacy_district: producer.legacy_district,
      story: (locale === "en" ? producer.story_en : producer.story_vi) ?? producer.story_vi,
      latitude: producer.latitude,
      longitude: producer.longitude,
    },
    products: await productSummaries(req.scope, listings, locale),
  })
}
