import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../modules/ocop/lib/constants"
import type OcopModuleService from "../../modules/ocop/service"
import { deleteCreated } from "./created-rows"

type FairPlaceInput = { fair_id: string; place_id: string }

/**
 * An officer links a place to a fair: a centre, sales point or showroom the fair's stock may
 * come from. The fair and the place must exist; a fair ground supplies no other fair.
 */
export const linkFairPlaceStep = createStep(
  "link-ocop-fair-place",
  async (input: FairPlaceInput, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.retrieveFair(input.fair_id)
    const [[place], [linked]] = await Promise.all([
      ocop.listPlaces({ id: input.place_id }),
      ocop.listFairPlaces(input),
    ])
    if (!place) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Place ${input.place_id} was not found.`,
        "place_not_found",
      )
    }
    if (place.type === "fair_ground") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "A fair ground supplies no other fair: link a centre, sales point or showroom.",
        "fair_ground_not_linkable",
      )
    }
    if (linked) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Place ${input.place_id} is already linked to this fair.`,
        "place_already_linked",
      )
    }
    const link = await ocop.createFairPlaces(input)
    return new StepResponse(link, link.id)
  },
  deleteCreated((ocop, ids) => ocop.deleteFairPlaces(ids)),
)

/** Unlinks a place from a fair; stock that came from it may still go back to it. */
export const unlinkFairPlaceStep = createStep(
  "unlink-ocop-fair-place",
  async (input: FairPlaceInput, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const [link] = await ocop.listFairPlaces(input)
    if (!link) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Place ${input.place_id} is not linked to fair ${input.fair_id}.`,
        "place_not_linked",
      )
    }
    await ocop.deleteFairPlaces(link.id)
    return new StepResponse(link.id, input)
  },
  async (removed, { container }) => {
    if (!removed) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.createFairPlaces(removed)
  },
)
