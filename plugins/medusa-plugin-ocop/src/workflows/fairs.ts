import { createSalesChannelsWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { StockActor } from "../modules/ocop/lib/constants"
import { ReadCacheTags } from "../lib/read-cache"
import { createPlacesWorkflow } from "./places"
import { clearReadCacheStep } from "./steps/clear-read-cache"
import { linkFairPlaceStep, unlinkFairPlaceStep } from "./steps/fair-places"
import {
  createBoothStep,
  createFairEntriesStep,
  createFairStep,
  fairGroundStep,
  removeFairEntriesStep,
  updateFairStep,
  validateFairStep,
  type FairInput,
  type FairUpdate,
} from "./steps/fairs"
import { receiveStockTransferWorkflow, sendStockTransferWorkflow } from "./transfers"

/** What shoppers see of fairs (the list, a fair's page) is read again after any fair change. */
const clearFairsStep = () => clearReadCacheStep({ tags: [ReadCacheTags.fairs] })

/** A fair opens its own fair ground (a place with its stock location) and sales channel. */
export const createFairWorkflow = createWorkflow("create-ocop-fair", (input: FairInput) => {
  validateFairStep(input)
  const channels = createSalesChannelsWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      salesChannelsData: [{ name: `Hội chợ: ${input.name}`, description: input.venue }],
    })),
  })
  const places = createPlacesWorkflow.runAsStep({
    input: transform({ input, channels }, ({ input, channels }) => ({
      places: [
        {
          name: `${input.name} — ${input.venue}`,
          type: "fair_ground" as const,
          venue: "fair_centre" as const,
          province: input.province,
          commune: input.commune,
          address: input.address,
          sales_channel_id: channels[0].id,
        },
      ],
      sales_channel_ids: [channels[0].id],
    })),
  })
  const fair = createFairStep(
    transform({ input, channels, places }, ({ input, channels, places }) => {
      const { commune: _commune, address: _address, ...fair } = input
      return { ...fair, place_id: places[0].id, sales_channel_id: channels[0].id }
    }),
  )
  clearFairsStep()
  return new WorkflowResponse(fair)
})

export const updateFairWorkflow = createWorkflow("update-ocop-fair", (input: FairUpdate) => {
  const fair = updateFairStep(input)
  clearFairsStep()
  return new WorkflowResponse(fair)
})

export const addFairBoothWorkflow = createWorkflow(
  "add-ocop-fair-booth",
  (input: { fair_id: string; number: string; producer_id: string }) => {
    const booth = createBoothStep(input)
    clearFairsStep()
    return new WorkflowResponse(booth)
  },
)

export const addFairEntriesWorkflow = createWorkflow(
  "add-ocop-fair-entries",
  (input: { fair_id: string; entries: { product_id: string; booth_id: string }[] }) => {
    const entries = createFairEntriesStep(input)
    clearFairsStep()
    return new WorkflowResponse(entries)
  },
)

export const removeFairEntriesWorkflow = createWorkflow(
  "remove-ocop-fair-entries",
  (input: { product_ids: string[]; fair_id?: string }) => {
    const removed = removeFairEntriesStep(input)
    clearFairsStep()
    return new WorkflowResponse(removed)
  },
)

/** An officer links a place to a fair: the fair's stock may come from it and go back to it. */
export const linkFairPlaceWorkflow = createWorkflow(
  "link-ocop-fair-place",
  (input: { fair_id: string; place_id: string }) => new WorkflowResponse(linkFairPlaceStep(input)),
)

export const unlinkFairPlaceWorkflow = createWorkflow(
  "unlink-ocop-fair-place",
  (input: { fair_id: string; place_id: string }) =>
    new WorkflowResponse(unlinkFairPlaceStep(input)),
)

type Lines = { variant_id: string; quantity: number }[]

/**
 * Moves stock between a place and a fair's ground as one transfer, sent and received at once
 * in the organiser's name: the organiser runs the fair ground. The transfer obeys the fair's
 * rules (steps/check-fair-ground.ts): to the fair from a linked place, catalog products only,
 * before it ends; back after it ends, to a place the stock came from.
 */
export const moveFairStockWorkflow = createWorkflow(
  "move-ocop-fair-stock",
  (input: {
    fair_id: string
    place_id: string
    direction: "to_fair" | "from_fair"
    items: Lines
    note?: string | null
    actor: StockActor
  }) => {
    const ground = fairGroundStep(transform({ input }, ({ input }) => ({ fair_id: input.fair_id })))
    const transfer = sendStockTransferWorkflow.runAsStep({
      input: transform({ input, ground }, ({ input, ground }) => ({
        from_place_id: input.direction === "to_fair" ? input.place_id : ground.place_id,
        to_place_id: input.direction === "to_fair" ? ground.place_id : input.place_id,
        note:
          input.note ??
          (input.direction === "to_fair" ? "Phân bổ hàng cho hội chợ" : "Trả hàng sau hội chợ"),
        items: input.items,
        actor: input.actor,
      })),
    })
    receiveStockTransferWorkflow.runAsStep({
      input: transform({ input, transfer }, ({ input, transfer }) => ({
        transfer_id: transfer.id,
        actor: input.actor,
      })),
    })
    return new WorkflowResponse(transfer)
  },
)
