import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import type { CounterPaymentMethod } from "@ocop/shared"
import { OCOP_MODULE, recordedBy, type StockActor } from "../../modules/ocop/lib/constants"
import type OcopModuleService from "../../modules/ocop/service"
import { createRowStep } from "./created-rows"

export type ConsignmentPaymentInput = {
  producer_id: string
  place_id: string
  amount: number
  method: CounterPaymentMethod
  reference?: string | null
  paid_at?: Date | null
  actor: StockActor
}

/** A payment names a producer and a place that exist: an unknown one is bad input (400). */
export const checkConsignmentPaymentStep = createStep(
  "ocop-check-consignment-payment",
  async (input: ConsignmentPaymentInput, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const [[producer], [place]] = await Promise.all([
      ocop.listProducers({ id: input.producer_id }, { select: ["id"] }),
      ocop.listPlaces({ id: input.place_id }, { select: ["id"] }),
    ])
    if (!producer) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Producer ${input.producer_id} was not found.`,
      )
    }
    if (!place) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Place ${input.place_id} was not found.`,
      )
    }
  },
)

/** The payment's row, which is its audit: amount, method, reference, when and by whom. */
export const createConsignmentPaymentStep = createRowStep(
  "ocop-create-consignment-payment",
  (ocop, input: ConsignmentPaymentInput) =>
    ocop.createConsignmentPayments({
      producer_id: input.producer_id,
      place_id: input.place_id,
      amount: input.amount,
      method: input.method,
      reference: input.reference ?? null,
      paid_at: input.paid_at ?? new Date(),
      ...recordedBy(input.actor),
    }),
  (ocop, ids) => ocop.deleteConsignmentPayments(ids),
)
