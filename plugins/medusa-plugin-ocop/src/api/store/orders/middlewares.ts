import type { MiddlewareRoute } from "@medusajs/framework/http"
import { handOutOrderToken, requireOrderReader } from "./order-access"

/** Medusa's store routes that name an order, each behind the proof it needs. */
export const storeOrderMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/carts/:id/complete", method: "POST", middlewares: [handOutOrderToken] },
  { matcher: "/store/orders/:id", method: "GET", middlewares: [requireOrderReader] },
]
