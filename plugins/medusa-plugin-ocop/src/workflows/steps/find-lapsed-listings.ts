import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../modules/ocop/lib/constants"
import type OcopModuleService from "../../modules/ocop/service"

/**
 * What the expiry job refreshes: products still listed whose certificate has run out (36
 * months after issue), and published products whose listing already says unlisted. The second
 * kind is a refresh cut short — a worker killed after writing the listing and before the
 * product's status — which the first query no longer finds, so without it the product would
 * stay published for good.
 */
export const findLapsedListingsStep = createStep(
  "find-lapsed-ocop-listings",
  async (_: void, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [lapsed, { data: published }] = await Promise.all([
      ocop.listListings(
        { listed: true, listed_until: { $lte: new Date() } },
        { select: ["product_id"] },
      ),
      query.graph({
        entity: "product",
        fields: ["id", "ocop_listing.listed"],
        filters: { status: ProductStatus.PUBLISHED },
      }),
    ])
    const cutShort = published.filter((product) => product.ocop_listing?.listed === false)
    const productIds = new Set([
      ...lapsed.map((listing) => listing.product_id),
      ...cutShort.map((product) => product.id),
    ])
    return new StepResponse({ product_ids: [...productIds] })
  },
)
