/** A received bank transfer was recorded: data `{ id, order_id }` (the order is now paid). */
export const TRANSFER_PAYMENT_RECORDED = "ocop.transfer_payment.recorded"

/** An unpaid bank-transfer order was cancelled after its days: data `{ order_id, days }`. */
export const TRANSFER_ORDER_LAPSED = "ocop.transfer_order.lapsed"
