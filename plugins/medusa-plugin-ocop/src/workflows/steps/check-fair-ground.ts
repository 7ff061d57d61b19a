import { createStep } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../modules/ocop/lib/constants"
import {
  checkFairArrival,
  checkFairDeparture,
  fairStatus,
  type FairGround,
} from "../../modules/ocop/lib/fair-rules"
import type OcopModuleService from "../../modules/ocop/service"
import { fairRule } from "./fair-refusal"

export type FairGroundMoveInput = {
  /** The sending place; none for goods a producer delivers. */
  from_place_id?: string | null
  to_place_id: string
  /** The producer delivering on consignment, for a receipt. */
  producer_id?: string | null
  product_ids: string[]
}

/** The fair a place is the ground of, with what its stock is checked against; null if none. */
async function fairGroundOf(ocop: OcopModuleService, placeId: string): Promise<FairGround | null> {
  const [fair] = await ocop.listFairs({ place_id: placeId })
  if (!fair) return null
  const [links, arrivals, booths, entries] = await Promise.all([
    ocop.listFairPlaces({ fair_id: fair.id }),
    ocop.listStockTransfers({ to_place_id: placeId }, { select: ["from_place_id"] }),
    ocop.listFairBooths({ fair_id: fair.id }),
    ocop.listFairEntries({ fair_id: fair.id }),
  ])
  return {
    status: fairStatus(fair),
    linkedPlaceIds: links.map((link) => link.place_id),
    originPlaceIds: [...new Set(arrivals.map((transfer) => transfer.from_place_id))],
    boothProducerIds: booths.map((booth) => booth.producer_id),
    enteredProductIds: entries.map((entry) => entry.product_id),
  }
}

/**
 * Whatever the route and whoever moves it, stock onto a fair ground comes from a place linked to
 * the fair or a producer holding a booth there, for products in its catalog, before it ends;
 * stock off it goes, after the fair, back to a place it came from.
 */
export const checkFairGroundStep = createStep(
  "check-ocop-fair-ground",
  async (input: FairGroundMoveInput, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const [to, from] = await Promise.all([
      fairGroundOf(ocop, input.to_place_id),
      input.from_place_id ? fairGroundOf(ocop, input.from_place_id) : null,
    ])
    if (from) fairRule(() => checkFairDeparture(from, input.to_place_id))
    if (to) {
      const source = input.from_place_id
        ? { place_id: input.from_place_id }
        : { producer_id: input.producer_id ?? "" }
      fairRule(() => checkFairArrival(to, source, input.product_ids))
    }
  },
)
