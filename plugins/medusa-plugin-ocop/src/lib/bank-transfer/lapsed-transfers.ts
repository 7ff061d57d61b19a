import type { MedusaContainer } from "@medusajs/framework/types"
import {
  transferLapseCutoff,
  transferLapsed,
  transferPaymentDays,
} from "../../modules/ocop/lib/payment-rules"
import { cancelLapsedTransferWorkflow } from "../../workflows/bank-transfers/cancel-lapsed-transfer"
import { paymentFacts, type PaymentFacts } from "./transfer-order"

/** Open orders read per page: every old open order is looked at, page by page. */
const PAGE = 200

/** The open orders placed before `cutoff` that are unpaid online bank transfers. */
async function lapsedTransfers(container: MedusaContainer, cutoff: Date) {
  const filters = {
    created_at: { $lt: cutoff },
    status: { $nin: ["canceled", "completed", "archived", "draft"] },
  }
  const lapsed: PaymentFacts[] = []
  for (let skip = 0; ; skip += PAGE) {
    const page = await paymentFacts(container, filters, { take: PAGE, skip })
    lapsed.push(...page.filter((order) => transferLapsed(order, cutoff)))
    if (page.length < PAGE) return lapsed
  }
}

/**
 * Cancels every online bank-transfer order still unpaid OCOP_TRANSFER_PAYMENT_DAYS (default 3)
 * after it was placed, each in its own workflow so one refusal never holds back the others.
 * Run by the hourly job and by officers (POST /admin/ocop/transfer-lapses).
 */
export async function cancelLapsedTransfers(container: MedusaContainer, now = new Date()) {
  const days = transferPaymentDays(process.env.OCOP_TRANSFER_PAYMENT_DAYS)
  const cutoff = transferLapseCutoff(now, days)
  const canceled: string[] = []
  const failed: { order_id: string; message: string }[] = []
  for (const order of await lapsedTransfers(container, cutoff)) {
    const { errors } = await cancelLapsedTransferWorkflow(container).run({
      input: { order_id: order.id, cutoff, days },
      throwOnError: false,
    })
    if (errors.length) failed.push({ order_id: order.id, message: errors[0].error.message })
    else canceled.push(order.id)
  }
  return { days, cutoff: cutoff.toISOString(), canceled_order_ids: canceled, failed }
}
