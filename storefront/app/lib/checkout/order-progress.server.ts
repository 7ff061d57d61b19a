import type { OrderAssignmentKind } from "@ocop/shared"
import { FetchError } from "@medusajs/js-sdk"
import type { Locale } from "../i18n/i18n.ts"
import { getMedusa, storeHeaders } from "../core/medusa.server.ts"
import { qrCode, type QrCode } from "../core/qr.server.ts"

/** Where each place's part of an order stands (`GET /store/ocop/orders/:id/progress`). */
export type OrderPart = {
  id: string
  kind: OrderAssignmentKind
  status:
    "new" | "preparing" | "ready_for_pickup" | "shipped" | "handed_over" | "delivered" | "cancelled"
  carrier: string | null
  tracking_number: string | null
  cancel_reason: string | null
  pickup_code: string | null
  place: {
    id: string
    name: string
    address: string
    commune: string
    province: string
    opening_hours: string | null
    phone: string | null
  } | null
}

export type OrderPartView = OrderPart & { pickup_qr: QrCode | null }

/**
 * The order's progress, with the same proof as reading the order (the customer's token or the
 * order's access token); none when the backend knows no such order for this reader.
 */
export async function orderProgress(
  orderId: string,
  locale: Locale,
  { customerToken, accessToken }: { customerToken: string | null; accessToken?: string },
): Promise<OrderPartView[]> {
  const headers: Record<string, string> = { ...storeHeaders(locale, customerToken) }
  if (accessToken) headers["x-order-access-token"] = accessToken
  try {
    const { parts } = await getMedusa().client.fetch<{ parts: OrderPart[] }>(
      `/store/ocop/orders/${encodeURIComponent(orderId)}/progress`,
      { headers, signal: AbortSignal.timeout(10_000) },
    )
    return parts.map((part) => ({
      ...part,
      pickup_qr: part.pickup_code ? qrCode(part.pickup_code) : null,
    }))
  } catch (error) {
    if (error instanceof FetchError && (error.status === 404 || error.status === 401)) return []
    throw error
  }
}
