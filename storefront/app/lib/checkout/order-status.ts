import type { Order } from "./commerce-types.ts"

export const orderProgress = [
  "canceled",
  "completed",
  "delivered",
  "shipped",
  "ready",
  "processing",
] as const
export type OrderProgress = (typeof orderProgress)[number]

/** One word for where an order stands, from Medusa's order and fulfillment statuses. */
export function orderProgressOf(
  order: Pick<Order, "status" | "fulfillment_status">,
): OrderProgress {
  if (order.status === "canceled") return "canceled"
  if (order.status === "completed") return "completed"
  switch (order.fulfillment_status) {
    case "delivered":
    case "partially_delivered":
      return "delivered"
    case "shipped":
    case "partially_shipped":
      return "shipped"
    case "fulfilled":
    case "partially_fulfilled":
      return "ready"
    default:
      return "processing"
  }
}

export function orderProgressLabelKey(progress: OrderProgress) {
  return `orders.progress.${progress}` as const
}
