import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { currentCertification, isListable } from "../../modules/ocop/lib/certification-rules"
import { OCOP_MODULE } from "../../modules/ocop/lib/constants"
import type OcopModuleService from "../../modules/ocop/service"
import { lowestVndPrices } from "../../lib/prices"

type ListingFacts = {
  id: string
  certification_id: string | null
  stars: number | null
  level: "local" | "provincial" | "national" | null
  product_group: "food" | "drink" | "herbal" | "handicraft" | "ornamental" | "tourism" | null
  listed: boolean
  listed_until: Date | null
  certified_at: Date | null
  price_from: number | null
}

export type ListingChange = { product_id: string; listed: boolean }

/**
 * Recomputes each product's listing from its certificate history: the current certificate's
 * facts, and whether the gate lets shoppers see it. Returns every product's verdict.
 */
export const refreshListingsStep = createStep(
  "refresh-ocop-listings",
  async (input: { product_ids: string[] }, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const productIds = [...new Set(input.product_ids)]
    const [listings, certifications, prices] = await Promise.all([
      ocop.listListings({ product_id: productIds }),
      ocop.listCertifications({ product_id: productIds }),
      lowestVndPrices(container, productIds),
    ])
    const now = new Date()
    const previous: ListingFacts[] = []
    const updates: ListingFacts[] = []
    const verdicts: ListingChange[] = []

    for (const listing of listings) {
      const current = currentCertification(
        certifications.filter((cert) => cert.product_id === listing.product_id),
      )
      const listed = isListable(current, now)
      previous.push({
        id: listing.id,
        certification_id: listing.certification_id,
        stars: listing.stars,
        level: listing.level,
        product_group: listing.product_group,
        listed: listing.listed,
        listed_until: listing.listed_until,
        certified_at: listing.certified_at,
        price_from: listing.price_from,
      })
      updates.push({
        id: listing.id,
        certification_id: current?.id ?? null,
        stars: current?.stars ?? null,
        level: current?.level ?? null,
        product_group: current?.product_group ?? null,
        listed,
        listed_until: listed && current ? new Date(current.expires_at) : null,
        certified_at: current ? new Date(current.issued_at) : null,
        price_from: prices.get(listing.product_id) ?? null,
      })
      verdicts.push({ product_id: listing.product_id, listed })
    }
    if (updates.length) await ocop.updateListings(updates)
    return new StepResponse(verdicts, previous)
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.updateListings(previous)
  },
)
