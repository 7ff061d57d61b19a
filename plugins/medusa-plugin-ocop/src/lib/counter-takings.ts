import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { type CounterPaymentMethod } from "@ocop/shared"
import { OCOP_MODULE } from "../modules/ocop/lib/constants"
import { summariseShift } from "../modules/ocop/lib/counter-rules"
import type OcopModuleService from "../modules/ocop/service"

type Place = { id: string; sales_channel_id?: string | null }
type SaleRow = {
  id: string
  metadata?: Record<string, unknown> | null
  items?: { unit_price: number; quantity?: number | null; detail?: { quantity: number } | null }[]
}

const methodOf = (value: unknown): CounterPaymentMethod =>
  value === "bank_transfer" ? "bank_transfer" : "cash"

/**
 * What a place's counter took between two instants (from included, until excluded): its counter
 * sales (exchanges included, each a sale of its own) and its returns, by payment method, and the
 * cash the drawer should hold given the opening cash.
 */
export async function counterTakings(
  container: MedusaContainer,
  place: Place,
  window: { from: Date; until: Date; opening_cash: number; counted_cash: number | null },
) {
  const range = { $gte: window.from, $lt: window.until }
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const [{ data }, returns] = await Promise.all([
    place.sales_channel_id
      ? container.resolve(ContainerRegistrationKeys.QUERY).graph({
          entity: "order",
          fields: ["id", "metadata", "items.unit_price", "items.quantity", "items.detail.quantity"],
          filters: { sales_channel_id: place.sales_channel_id, created_at: range },
        })
      : Promise.resolve({ data: [] }),
    ocop.listCounterReturns({ place_id: place.id, created_at: range }),
  ])
  return summariseShift({
    opening_cash: window.opening_cash,
    sales: (data as SaleRow[]).map((order) => ({
      payment_method: methodOf(order.metadata?.payment_method),
      total: (order.items ?? []).reduce(
        (sum, item) =>
          sum +
          Math.round(Number(item.unit_price)) * Number(item.detail?.quantity ?? item.quantity),
        0,
      ),
    })),
    returns: returns.map((entry) => ({
      payment_method: entry.payment_method,
      refund_total: entry.refund_total,
    })),
    counted_cash: window.counted_cash,
  })
}
