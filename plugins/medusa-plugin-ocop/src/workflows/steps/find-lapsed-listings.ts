import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../modules/ocop/lib/constants"
import type OcopModuleService from "../../modules/ocop/service"

/** Products still listed whose certificate has run out (36 months after issue). */
export const findLapsedListingsStep = createStep(
  "find-lapsed-ocop-listings",
  async (_: void, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const lapsed = await ocop.listListings(
      { listed: true, listed_until: { $lte: new Date() } },
      { select: ["product_id"] },
    )
    return new StepResponse({ product_ids: lapsed.map((listing) => listing.product_id) })
  },
)
