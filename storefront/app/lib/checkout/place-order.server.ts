import { redirect } from "react-router"
import { completeCart } from "./checkout.server.ts"
import { localizePath, type Locale } from "../i18n/i18n.ts"
import type { PaymentMethod } from "./payment.ts"
import {
  cartCookieHeader,
  commitSession,
  getSession,
  rememberOrder,
} from "../core/session.server.ts"

/**
 * Completes the cart and sends the shopper to the order's confirmation: the browser
 * remembers the order with its access token (so the page opens without an account) and
 * forgets the cart.
 * A refusal of the backend (StoreRefusal) is left to the caller.
 */
export async function placeOrder(
  request: Request,
  cartId: string,
  { locale, token, method }: { locale: Locale; token: string | null; method: PaymentMethod },
) {
  const { orderId, accessToken } = await completeCart(cartId, { locale, token })
  const session = await getSession(request)
  rememberOrder(session, { id: orderId, method, accessToken })
  const headers = new Headers()
  headers.append("Set-Cookie", await commitSession(session, request))
  headers.append("Set-Cookie", await cartCookieHeader(null, request))
  return redirect(localizePath(`/orders/${encodeURIComponent(orderId)}/confirmation`, locale), {
    headers,
  })
}
