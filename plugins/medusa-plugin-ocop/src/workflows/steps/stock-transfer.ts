import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE, type StockActor } from "../../modules/ocop/lib/constants"
import type { TransferLine } from "../../modules/ocop/models/stock-transfer"
import type OcopModuleService from "../../modules/ocop/service"
import { deleteCreated } from "./created-rows"

export const createStockTransferStep = createStep(
  "create-ocop-stock-transfer",
  async (
    input: {
      from_place_id: string
      to_place_id: string
      lines: TransferLine[]
      note?: string | null
      sent_by: StockActor
    },
    { container },
  ) => {
    if (input.from_place_id === input.to_place_id) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "A transfer goes to another place.")
    }
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const transfer = await ocop.createStockTransfers({
      ...input,
      sent_by_type: input.sent_by.type,
      sent_by: input.sent_by.id,
    })
    return new StepResponse(transfer, transfer.id)
  },
  deleteCreated((ocop, ids) => ocop.deleteStockTransfers(ids)),
)

/** Marks a transfer received — once: a second confirmation is refused. */
export const markTransferReceivedStep = createStep(
  "mark-ocop-transfer-received",
  async (input: { transfer_id: string; received_by: StockActor }, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const transfer = await ocop.retrieveStockTransfer(input.transfer_id)
    if (transfer.status !== "in_transit") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This transfer was already received.")
    }
    const received = await ocop.updateStockTransfers({
      id: transfer.id,
      status: "received",
      received_by_type: input.received_by.type,
      received_by: input.received_by.id,
      received_at: new Date(),
    })
    return new StepResponse(received, transfer.id)
  },
  async (id, { container }) => {
    if (!id) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.updateStockTransfers({
      id,
      status: "in_transit",
      received_by_type: null,
      received_by: null,
      received_at: null,
    })
  },
)

/** A transfer about to be received, and the receiving place's stock location. */
export const transferArrivalStep = createStep(
  "plan-ocop-transfer-arrival",
  async (input: { transfer_id: string }, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const transfer = await ocop.retrieveStockTransfer(input.transfer_id)
    const [place] = await ocop.listPlaces({ id: transfer.to_place_id })
    return new StepResponse({ transfer, location_id: place.stock_location_id })
  },
)
