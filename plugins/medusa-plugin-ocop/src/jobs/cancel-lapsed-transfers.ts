import type { MedusaContainer } from "@medusajs/framework/types"
import { cancelLapsedTransfers } from "../lib/bank-transfer/lapsed-transfers"

/** Hourly: bank-transfer orders unpaid after OCOP_TRANSFER_PAYMENT_DAYS are cancelled. */
export default async function cancelLapsedTransfersJob(container: MedusaContainer) {
  const { canceled_order_ids, failed } = await cancelLapsedTransfers(container)
  const logger = container.resolve("logger")
  if (canceled_order_ids.length) {
    logger.info(`[ocop] cancelled ${canceled_order_ids.length} unpaid bank-transfer order(s)`)
  }
  for (const { order_id, message } of failed) {
    logger.warn(`[ocop] unpaid bank-transfer order ${order_id} was not cancelled: ${message}`)
  }
}

export const config = {
  name: "ocop-cancel-lapsed-transfers",
  schedule: "17 * * * *",
}
