/** A counter sale's line as `query.graph` reads it from the order: what was sold, at what price. */
export type CounterSaleLine = {
  id: string
  variant_id: string | null
  title: string
  product_title: string | null
  variant_title: string | null
  unit_price: number
  quantity?: number | null
  detail?: { quantity: number } | null
}

/** The order fields of a counter sale's lines: read for its receipt and for a return against it. */
export const COUNTER_SALE_LINE_FIELDS = [
  "items.id",
  "items.variant_id",
  "items.title",
  "items.product_title",
  "items.variant_title",
  "items.unit_price",
  "items.quantity",
  "items.detail.quantity",
]
