import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { listedProductIds } from "../../lib/gate"
import { OCOP_MODULE } from "../../modules/ocop/lib/constants"
import { checkFairDates, listedThroughFair, redateFair } from "../../modules/ocop/lib/fair-rules"
import type OcopModuleService from "../../modules/ocop/service"
import { fairRule } from "./fair-refusal"
import { createdRows, deleteCreated } from "./created-rows"

export type FairInput = {
  organizer_id: string
  slug: string
  name: string
  name_en?: string | null
  venue: string
  province: string
  commune: string
  address: string
  starts_at: Date
  ends_at: Date
  description_vi?: string | null
  description_en?: string | null
}

export const validateFairStep = createStep(
  "validate-ocop-fair",
  async (
    input: { slug?: string; starts_at?: Date; ends_at?: Date; id?: string },
    { container },
  ) => {
    const { starts_at, ends_at } = input
    if (starts_at && ends_at) fairRule(() => checkFairDates({ starts_at, ends_at }))
    if (input.slug) {
      const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
      const [taken] = await ocop.listFairs({ slug: input.slug })
      if (taken && taken.id !== input.id) {
        throw new MedusaError(
          MedusaError.Types.DUPLICATE_ERROR,
          `The address /fairs/${input.slug} is taken.`,
        )
      }
    }
  },
)

export const createFairStep = createStep(
  "create-ocop-fair",
  async (
    input: Omit<FairInput, "commune" | "address"> & { place_id: string; sales_channel_id: string },
    { container },
  ) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const fair = await ocop.createFairs(input)
    return new StepResponse(fair, fair.id)
  },
  deleteCreated((ocop, ids) => ocop.deleteFairs(ids)),
)

export type FairUpdate = Partial<
  Pick<
    FairInput,
    "name" | "name_en" | "venue" | "starts_at" | "ends_at" | "description_vi" | "description_en"
  >
> & { id: string }

/** Changes a fair's page; its dates only as fair-rules.ts `redateFair` allows. */
export const updateFairStep = createStep(
  "update-ocop-fair",
  async (input: FairUpdate, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const before = await ocop.retrieveFair(input.id)
    fairRule(() => redateFair(before, input))
    const fair = await ocop.updateFairs(input)
    const restore = Object.fromEntries(
      Object.keys(input).map((key) => [key, before[key as keyof typeof before]]),
    ) as FairUpdate
    return new StepResponse(fair, restore)
  },
  async (restore, { container }) => {
    if (!restore) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.updateFairs(restore)
  },
)

export const createBoothStep = createStep(
  "create-ocop-fair-booth",
  async (input: { fair_id: string; number: string; producer_id: string }, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.retrieveProducer(input.producer_id)
    const [taken] = await ocop.listFairBooths({ fair_id: input.fair_id, number: input.number })
    if (taken) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `Booth ${input.number} already exists.`,
      )
    }
    const booth = await ocop.createFairBooths(input)
    return new StepResponse(booth, booth.id)
  },
  deleteCreated((ocop, ids) => ocop.deleteFairBooths(ids)),
)

/**
 * Puts products into a fair's catalog at booths: only products the gate lists now and until the
 * fair ends, each at a booth (of this fair) of its own producer.
 */
export const createFairEntriesStep = createStep(
  "create-ocop-fair-entries",
  async (
    input: { fair_id: string; entries: { product_id: string; booth_id: string }[] },
    { container },
  ) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const productIds = input.entries.map((entry) => entry.product_id)
    const listed = await listedProductIds(container, productIds)
    const unlisted = productIds.filter((id) => !listed.has(id))
    if (unlisted.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Only products with an active 3–5 star OCOP certificate can be shown: ${unlisted.join(", ")}.`,
      )
    }
    const [fair, booths, listings, existing] = await Promise.all([
      ocop.retrieveFair(input.fair_id),
      ocop.listFairBooths({ fair_id: input.fair_id }),
      ocop.listListings({ product_id: productIds }),
      ocop.listFairEntries({ fair_id: input.fair_id, product_id: productIds }),
    ])
    const lapsing = productIds.filter(
      (id) =>
        !listedThroughFair(
          listings.find((row) => row.product_id === id)?.listed_until ?? null,
          fair,
        ),
    )
    if (lapsing.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `The certificate ends before the fair does: ${lapsing.join(", ")}. A product is shown only while certified through the fair.`,
        "certificate_ends_before_fair",
      )
    }
    for (const entry of input.entries) {
      const booth = booths.find((row) => row.id === entry.booth_id)
      if (!booth)
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Booth ${entry.booth_id} was not found.`)
      const producerId = listings.find((row) => row.product_id === entry.product_id)?.producer_id
      if (producerId !== booth.producer_id) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Product ${entry.product_id} belongs to another producer than booth ${booth.number}.`,
        )
      }
    }
    const fresh = input.entries.filter(
      (entry) => !existing.some((row) => row.product_id === entry.product_id),
    )
    const created = fresh.length
      ? await ocop.createFairEntries(fresh.map((entry) => ({ ...entry, fair_id: input.fair_id })))
      : []
    return createdRows(created)
  },
  deleteCreated((ocop, ids) => ocop.deleteFairEntries(ids)),
)

/** Takes products out of fair catalogs (for instance when their certificate is revoked). */
export const removeFairEntriesStep = createStep(
  "remove-ocop-fair-entries",
  async (input: { product_ids: string[]; fair_id?: string }, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const entries = await ocop.listFairEntries({
      product_id: input.product_ids,
      ...(input.fair_id && { fair_id: input.fair_id }),
    })
    if (entries.length) await ocop.deleteFairEntries(entries.map((entry) => entry.id))
    return new StepResponse(
      entries.map((entry) => entry.id),
      entries.map((entry) => ({
        product_id: entry.product_id,
        fair_id: entry.fair_id,
        booth_id: entry.booth_id,
      })),
    )
  },
  async (removed, { container }) => {
    if (!removed?.length) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.createFairEntries(removed)
  },
)

/** The fair ground (place) of a fair. */
export const fairGroundStep = createStep(
  "ocop-fair-ground",
  async (input: { fair_id: string }, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const fair = await ocop.retrieveFair(input.fair_id)
    return new StepResponse({ place_id: fair.place_id })
  },
)
