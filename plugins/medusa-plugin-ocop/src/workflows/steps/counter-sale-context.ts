import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertVariantsListed } from "../../lib/gate"
import { OCOP_MODULE } from "../../modules/ocop/lib/constants"
import type OcopModuleService from "../../modules/ocop/service"
import type { CounterSaleInput } from "../counter-sale"

/** A counter sale's region and the place's own sales channel; its variants must be listed. */
export const counterSaleContextStep = createStep(
  "ocop-counter-sale-context",
  async (input: CounterSaleInput, { container }) => {
    await assertVariantsListed(
      container,
      input.items.map((item) => item.variant_id),
    )
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const [place] = await ocop.listPlaces({ id: input.place_id })
    if (!place) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Place ${input.place_id} was not found.`)
    }
    if (!place.sales_channel_id) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `Place ${place.id} has no counter yet: run the database migrations (medusa db:migrate).`,
      )
    }
    const [region] = await container.resolve(Modules.REGION).listRegions({ currency_code: "vnd" })
    if (!region) {
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "The store has no VND region.")
    }
    return new StepResponse({ region_id: region.id, sales_channel_id: place.sales_channel_id })
  },
)
