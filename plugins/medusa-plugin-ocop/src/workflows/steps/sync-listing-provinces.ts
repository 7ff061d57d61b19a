import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../modules/ocop/lib/constants"
import type OcopModuleService from "../../modules/ocop/service"

/** Listings carry their producer's province for filtering; keep it in step with the producer. */
export const syncListingProvincesStep = createStep(
  "sync-ocop-listing-provinces",
  async (input: { producer_id: string; province?: string }, { container }) => {
    if (!input.province) return new StepResponse(undefined)
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const listings = await ocop.listListings({ producer_id: input.producer_id })
    const previous = listings.map((listing) => ({ id: listing.id, province: listing.province }))
    if (previous.length) {
      await ocop.updateListings(previous.map(({ id }) => ({ id, province: input.province })))
    }
    return new StepResponse(undefined, previous)
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.updateListings(previous)
  },
)
