import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"
import {
  handOutOrderToken,
  requireOrderEmailHolder,
  requireOrderReader,
  requireReturnOrderReader,
} from "./order-access"

const shopperIfSignedIn = authenticate("customer", ["session", "bearer"], {
  allowUnauthenticated: true,
})

const transferActions = ["request", "cancel", "accept", "decline"] as const

/** Medusa's store routes that name an order, each behind the proof it needs. */
export const storeOrderMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/carts/:id/complete", method: "POST", middlewares: [handOutOrderToken] },
  { matcher: "/store/orders/:id", method: "GET", middlewares: [requireOrderReader] },
  {
    // Our own route: Medusa authenticates customers only on its own store routes.
    matcher: "/store/ocop/orders/:id/progress",
    method: "GET",
    middlewares: [shopperIfSignedIn, requireOrderReader],
  },
  {
    matcher: "/store/orders/:id/bank-transfer",
    method: "GET",
    middlewares: [shopperIfSignedIn, requireOrderReader],
  },
  ...transferActions.map((action): MiddlewareRoute => ({
    matcher: `/store/orders/:id/transfer/${action}`,
    method: "POST",
    middlewares: [requireOrderEmailHolder],
  })),
  { matcher: "/store/returns", method: "POST", middlewares: [requireReturnOrderReader] },
]
