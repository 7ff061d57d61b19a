import type { StockActor } from "../../modules/ocop/lib/constants"

export type RecordTransferPaymentInput = {
  order_id: string
  /** Whole đồng, as seen on the shop's account: must be the order's total. */
  amount: number
  /** The bank's transaction number or note, for the audit. */
  bank_reference?: string | null
  actor: StockActor
  /** The place whose staff record it (null for an officer). */
  place_id?: string | null
  /** For staff: the orders their place serves; any other order answers 404. */
  place_order_ids?: string[]
}
