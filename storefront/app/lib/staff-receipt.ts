import type { CounterSaleOrder, PaymentMethod, ShelfRow } from "./staff-types.ts"

/** What a printed counter receipt shows; kept in the staff session after the sale. */
export type Receipt = {
  order_id: string
  display_id: number | null
  place: { id: string; name: string }
  created_at: string
  payment_method: PaymentMethod
  lines: { title: string; quantity: number; unit_price: number }[]
  /** Whole đồng. */
  total: number
}

const maxTitle = 90

/**
 * The receipt of a counter sale, from the order the API answered with. Titles come from the
 * shelf ("Product — Variant") when the order line names only the product; prices are whole
 * đồng (VND has no minor unit), so the total is their exact sum.
 */
export function receiptFromSale(
  order: CounterSaleOrder,
  sale: {
    place: { id: string; name: string }
    payment_method: PaymentMethod
    shelf: ShelfRow[]
    now: Date
  },
): Receipt {
  const shelfTitles = new Map(sale.shelf.map((row) => [row.variant_id, row.title]))
  const lines = (order.items ?? []).map((item) => {
    const title =
      (item.variant_id ? shelfTitles.get(item.variant_id) : undefined) ??
      [item.product_title ?? item.title, item.variant_title].filter(Boolean).join(" — ")
    return {
      title: title.length > maxTitle ? `${title.slice(0, maxTitle - 1)}…` : title,
      quantity: item.quantity,
      unit_price: Math.round(Number(item.unit_price)),
    }
  })
  return {
    order_id: order.id,
    display_id: order.display_id ?? null,
    place: sale.place,
    created_at: order.created_at ?? sale.now.toISOString(),
    payment_method: sale.payment_method,
    lines,
    total: lines.reduce((sum, line) => sum + line.unit_price * line.quantity, 0),
  }
}
