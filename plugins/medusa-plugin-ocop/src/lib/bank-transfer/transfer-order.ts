import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { paymentMethodOf, type PaymentMethod } from "../../modules/ocop/lib/payment-rules"

/** What the payment rules need to know of a shopper's order. */
export type PaymentFacts = {
  id: string
  display_id: number
  email: string | null
  locale: "vi" | "en"
  created_at: Date
  total: number
  payment_method: PaymentMethod | null
  /** A counter sale: paid at the counter, never waiting for a transfer. */
  counter: boolean
  paid: boolean
  canceled: boolean
  /** The authorized, not yet captured payment a received transfer captures. */
  open_payment_id: string | null
  /** A fulfillment not cancelled: goods already on their way or handed over. */
  fulfilled: boolean
}

const FIELDS = [
  "id",
  "display_id",
  "email",
  "locale",
  "status",
  "created_at",
  "total",
  "metadata",
  "payment_collections.payments.id",
  "payment_collections.payments.captured_at",
  "payment_collections.payments.canceled_at",
  "payment_collections.payments.captures.id",
  "fulfillments.canceled_at",
]

type Payment = { id: string; captured_at?: unknown; canceled_at?: unknown; captures?: unknown[] }
type OrderRow = {
  id: string
  display_id: number
  email?: string | null
  locale?: string | null
  status: string
  created_at: string | Date
  total: unknown
  metadata?: Record<string, unknown> | null
  payment_collections?: { payments?: Payment[] | null }[] | null
  fulfillments?: { canceled_at?: unknown }[] | null
}

export function toPaymentFacts(order: OrderRow): PaymentFacts {
  const payments = (order.payment_collections ?? [])
    .flatMap((pc) => pc.payments ?? [])
    .filter((payment) => !payment.canceled_at)
  // Captured in full sets captured_at; a partial capture leaves only its capture row.
  const captured = (payment: Payment) =>
    Boolean(payment.captured_at) || (payment.captures?.length ?? 0) > 0
  const open = payments.find((payment) => !captured(payment))
  return {
    id: order.id,
    display_id: order.display_id,
    email: order.email ?? null,
    locale: order.locale?.toLowerCase().startsWith("en") ? "en" : "vi",
    created_at: new Date(order.created_at),
    total: Number(order.total),
    payment_method: paymentMethodOf(order.metadata),
    counter: order.metadata?.channel === "counter",
    paid: payments.some(captured),
    canceled: order.status === "canceled",
    open_payment_id: open?.id ?? null,
    fulfilled: (order.fulfillments ?? []).some((fulfillment) => !fulfillment.canceled_at),
  }
}

/** The payment facts of the orders matching `filters` (Medusa's order filters). */
export async function paymentFacts(
  container: MedusaContainer,
  filters: Record<string, unknown>,
  page?: { take: number; skip: number },
): Promise<PaymentFacts[]> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: FIELDS,
    filters,
    ...(page ? { pagination: { ...page, order: { created_at: "ASC" } } } : {}),
  })
  return (data as OrderRow[]).map(toPaymentFacts)
}
