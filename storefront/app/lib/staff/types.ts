import type { BankTransfer } from "../checkout/bank-transfer.server.ts"
import type {
  CounterPaymentMethod,
  OrderAssignmentKind,
  OrderAssignmentStatus,
  Place,
  StaffUserStatus,
  StockActorType,
  StockMovementKind,
} from "@ocop/shared"

/**
 * The staff API of the OCOP backend (`/staff/...`), as the staff portal reads it. Shapes follow
 * `plugins/medusa-plugin-ocop/src/api/staff/**` and `src/lib/place-stock.ts`.
 */

/** One page of a list the staff API pages through. */
export type Page = { count: number; limit: number; offset: number }

export type StaffUser = {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
  status: StaffUserStatus
}

/** A place of the showroom network this staff member manages. */
export type StaffPlace = Pick<
  Place,
  "id" | "stock_location_id" | "name" | "type" | "venue" | "province" | "commune" | "address"
>

export type StaffMe = { staff_user: StaffUser; places: StaffPlace[] }

/** One variant on a place's shelf. `title` is "Product — Variant". */
export type ShelfRow = {
  inventory_item_id: string
  variant_id: string | null
  sku: string | null
  product_id: string | null
  title: string
  stocked: number
  reserved: number
  available: number
  /** Available at or under the place's low-stock threshold. */
  low: boolean
}

/** The actor as the history names it; `name` is null for the system or a removed account. */
export type StockActor = { type: StockActorType; id: string | null; name: string | null }

export type StockMovement = {
  id: string
  place_id: string
  variant_id: string
  kind: StockMovementKind
  quantity_change: number
  quantity_after: number
  reason: string | null
  delivery_note: string | null
  producer_id: string | null
  actor_type: StockActorType
  actor_id: string | null
  actor: StockActor
  transfer_id: string | null
  order_id: string | null
  created_at: string
}

export type MovementPage = Page & { movements: StockMovement[] }

/** A place a transfer names: null when the place was removed since. */
export type TransferPlace = { id: string; name: string; province: string } | null

export type StockTransfer = {
  id: string
  from_place_id: string
  to_place_id: string
  from_place: TransferPlace
  to_place: TransferPlace
  status: "in_transit" | "received"
  lines: { variant_id: string; inventory_item_id: string; quantity: number }[]
  note: string | null
  sent_by_type: StockActorType
  sent_by: string | null
  received_by_type: StockActorType | null
  received_by: string | null
  received_at: string | null
  created_at: string
}

/** A counter sale as its receipt: lines and total in whole đồng (VND has no minor unit). */
export type CounterSale = {
  id: string
  display_id: number | null
  created_at: string
  place: { id: string; name: string }
  payment_method: CounterPaymentMethod
  staff: { id: string; email: string; name: string | null } | null
  currency_code: "vnd"
  items: {
    /** The receipt's line: what a return names. */
    id: string
    variant_id: string | null
    sku: string | null
    title: string
    quantity: number
    unit_price: number
    /** Units of this line brought back so far. */
    returned_quantity: number
  }[]
  total: number
  /** Paid by transfer: the shop's account and the VietQR payload for this sale's total. */
  transfer?: Omit<BankTransfer, "bank_bin"> | null
  returns: CounterReturn[]
  refunded_total: number
  /** Set on an exchange's sale: the return it settles and the sale that return came from. */
  exchange_of: { return_id: string; order_id: string } | null
}

/** Goods brought back to the counter: refunded in whole đồng, or exchanged. */
export type CounterReturn = {
  id: string
  created_at: string
  payment_method: CounterPaymentMethod
  items: {
    item_id: string
    variant_id: string
    title: string
    quantity: number
    unit_price: number
  }[]
  refund_total: number
  /** The counter sale of the goods taken instead, and its total. */
  exchange: { order_id: string; total: number } | null
  /** Exchange total less refund: positive, the customer pays; negative, they are paid back. */
  balance: number
}

/** Takings by payment method (whole đồng). */
export type ByPaymentMethod = Record<CounterPaymentMethod, number>

export type CounterShiftSummary = {
  sales: ByPaymentMethod
  refunds: ByPaymentMethod
  sales_count: number
  returns_count: number
  expected_cash: number
  counted_cash: number | null
  difference: number | null
}

export type ShiftPerson = { id: string; email: string | null; name: string | null }

/** A shift at a place's counter: the summary is kept at the close, and live while open. */
export type CounterShift = {
  id: string
  place_id: string
  status: "open" | "closed"
  opened_by: ShiftPerson | null
  opened_at: string
  opening_cash: number
  closed_by: ShiftPerson | null
  closed_at: string | null
  counted_cash: number | null
  note: string | null
  currency_code: "vnd"
  summary: CounterShiftSummary | null
}

export type CounterShiftPage = Page & {
  shifts: CounterShift[]
  open_shift: CounterShift | null
}

export type CounterSalePage = Page & { counter_sales: CounterSale[] }

/** A producer whose goods a place can receive, with the variants of its listable products. */
export type ReceivableProducer = {
  id: string
  name: string
  province: string
  products: {
    id: string
    title: string
    variants: { id: string; title: string; sku: string | null }[]
  }[]
}

export type ReceivablePage = Page & { producers: ReceivableProducer[] }

/** An online order in a place's queue (`/staff/places/:id/orders`, `src/lib/place-orders.ts`). */
export type PlaceOrder = {
  id: string
  order_id: string
  display_id: number | null
  created_at: string
  kind: OrderAssignmentKind
  status: OrderAssignmentStatus
  next_statuses: OrderAssignmentStatus[]
  carrier: string | null
  tracking_number: string | null
  cancel_reason: string | null
  payment_method: "cod" | "bank_transfer" | "card" | null
  paid: boolean
  order_cancelled: boolean
  customer: { name: string | null; email: string | null; phone: string | null }
  shipping_address: {
    address_1: string | null
    city: string | null
    province: string | null
  } | null
  items: {
    order_item_id: string
    variant_id: string
    sku: string | null
    title: string
    quantity: number
    unit_price: number
  }[]
}

export type PlaceOrderPage = Page & { orders: PlaceOrder[] }
