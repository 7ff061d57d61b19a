/**
 * How a shopper's order is paid, and what waits for the money. Pure rules: the workflows, the
 * routes and the storefront (through the backend's answers) all follow these and no copy.
 *
 * `order.metadata.payment_method` says how the shopper pays. Cash on delivery and bank
 * transfer both use Medusa's system provider: the payment is authorized at checkout and
 * captured when the money is in — the courier's cash, or the transfer on the shop's account.
 * "Paid" means the order's payment is captured.
 */

export const PAYMENT_METHODS = ["cod", "bank_transfer", "card"] as const
export type PaymentMethod = (typeof PAYMENT_METHODS)[number]

/** Days a bank-transfer order waits for its money before it is cancelled (OCOP_TRANSFER_PAYMENT_DAYS). */
export const DEFAULT_TRANSFER_PAYMENT_DAYS = 3

const DAY_MS = 24 * 60 * 60 * 1000

export function paymentMethodOf(metadata: Record<string, unknown> | null | undefined) {
  const method = metadata?.payment_method
  return PAYMENT_METHODS.find((known) => known === method) ?? null
}

/**
 * The words a shopper writes on a bank transfer, and the shop looks for on its statement: the
 * shop's order number. The one definition, used by the VietQR payload, the storefront (through
 * the backend's answer), the emails and the record of a received transfer.
 */
export function transferReference(orderDisplayId: number): string {
  return `OCOP ${orderDisplayId}`
}

/** The days a transfer may wait, from the environment's text; a bad value is the default. */
export function transferPaymentDays(value: string | undefined): number {
  const days = Number(value)
  return value && Number.isInteger(days) && days > 0 ? days : DEFAULT_TRANSFER_PAYMENT_DAYS
}

/** Orders placed before this instant and still unpaid by transfer have lapsed. */
export function transferLapseCutoff(now: Date, days: number): Date {
  return new Date(now.getTime() - days * DAY_MS)
}

/** When an unpaid transfer order placed at `placedAt` is cancelled. */
export function transferDueBy(placedAt: Date, days: number): Date {
  return new Date(placedAt.getTime() + days * DAY_MS)
}

/**
 * Whether goods may leave for the shopper (marked ready for pickup, shipped, handed over):
 * cash on delivery is paid on receipt, everything else only once paid.
 */
export function mayHandOver(order: { payment_method: PaymentMethod | null; paid: boolean }) {
  return order.payment_method === "cod" || order.paid
}

export type TransferRefusal =
  "not_bank_transfer" | "already_paid" | "order_canceled" | "amount_mismatch"

/**
 * Why a received transfer cannot be recorded on this order, or null when it can: only a
 * bank-transfer order, still open and unpaid, for exactly its total in whole đồng (a partial
 * or excess transfer is settled with the shopper by hand, not recorded as payment).
 */
export function transferRefusal(
  order: { payment_method: PaymentMethod | null; paid: boolean; canceled: boolean; total: number },
  amount: number,
): TransferRefusal | null {
  if (order.payment_method !== "bank_transfer") return "not_bank_transfer"
  if (order.canceled) return "order_canceled"
  if (order.paid) return "already_paid"
  if (amount !== order.total) return "amount_mismatch"
  return null
}

/**
 * Whether an order is an unpaid online bank transfer placed before `cutoff`, to be cancelled:
 * counter sales (paid at the counter), paid, cancelled or already fulfilled orders never are.
 */
export function transferLapsed(
  order: {
    payment_method: PaymentMethod | null
    counter: boolean
    paid: boolean
    canceled: boolean
    fulfilled: boolean
    created_at: Date
  },
  cutoff: Date,
): boolean {
  return (
    order.payment_method === "bank_transfer" &&
    !order.counter &&
    !order.paid &&
    !order.canceled &&
    !order.fulfilled &&
    order.created_at.getTime() < cutoff.getTime()
  )
}
