import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { listedProductIds } from "../../lib/gate"
import {
  boothForApplicant,
  checkApplication,
  checkPending,
  type BoothApplicationStatus,
} from "../../modules/ocop/lib/booth-application-rules"
import { OCOP_MODULE } from "../../modules/ocop/lib/constants"
import type OcopModuleService from "../../modules/ocop/service"
import { createRowStep } from "./created-rows"
import { fairRule } from "./fair-refusal"

export type BoothApplicationInput = {
  fair_id: string
  producer_id: string
  product_ids: string[]
  note?: string | null
}

/** An application names an open fair and the producer's own products, certified through it. */
export const checkBoothApplicationStep = createStep(
  "ocop-check-booth-application",
  async (input: BoothApplicationInput, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const [[fair], listings, listed] = await Promise.all([
      ocop.listFairs({ id: input.fair_id }),
      ocop.listListings({ product_id: input.product_ids }),
      listedProductIds(container, input.product_ids),
    ])
    if (!fair) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Fair ${input.fair_id} was not found.`)
    }
    const products = listings.map((row) => ({
      product_id: row.product_id,
      producer_id: row.producer_id,
      listed_now: listed.has(row.product_id),
      listed_until: row.listed_until,
    }))
    fairRule(() => checkApplication(fair, input.producer_id, input.product_ids, products))
  },
)

export const createBoothApplicationStep = createRowStep(
  "ocop-create-booth-application",
  (ocop, input: BoothApplicationInput) =>
    ocop.createBoothApplications({ ...input, product_ids: [...new Set(input.product_ids)] }),
  (ocop, ids) => ocop.deleteBoothApplications(ids),
)

/** A pending application, read to be decided. */
export const pendingApplicationStep = createStep(
  "ocop-pending-booth-application",
  async (input: { id: string }, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const application = await ocop.retrieveBoothApplication(input.id)
    fairRule(() => checkPending(application))
    return new StepResponse({
      id: application.id,
      fair_id: application.fair_id,
      producer_id: application.producer_id,
      product_ids: application.product_ids,
    })
  },
)

/**
 * The booth an accepted application gets: the applicant's booth with that number, or a new one
 * (deleted again if the acceptance fails later).
 */
export const applicationBoothStep = createStep(
  "ocop-application-booth",
  async (input: { fair_id: string; number: string; producer_id: string }, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const booths = await ocop.listFairBooths({ fair_id: input.fair_id })
    const held = fairRule(() => boothForApplicant(booths, input.number, input.producer_id))
    if (held) return new StepResponse(held, undefined as string | undefined)
    const booth = await ocop.createFairBooths(input)
    return new StepResponse(booth, booth.id)
  },
  async (createdId, { container }) => {
    if (!createdId) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.deleteFairBooths(createdId)
  },
)

export type BoothApplicationDecision = {
  id: string
  status: Exclude<BoothApplicationStatus, "pending">
  decline_reason?: string | null
  booth_id?: string | null
  decided_by?: string | null
}

/** Decides (or withdraws) a pending application; undone by making it pending again. */
export const decideBoothApplicationStep = createStep(
  "ocop-decide-booth-application",
  async (input: BoothApplicationDecision, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const before = await ocop.retrieveBoothApplication(input.id)
    fairRule(() => checkPending(before))
    const application = await ocop.updateBoothApplications({ ...input, decided_at: new Date() })
    return new StepResponse(application, before.id)
  },
  async (id, { container }) => {
    if (!id) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.updateBoothApplications({
      id,
      status: "pending",
      decline_reason: null,
      booth_id: null,
      decided_by: null,
      decided_at: null,
    })
  },
)
