import { redirect } from "react-router"
import { listingsOf, retrieveCart } from "./cart.server.ts"
import { cartLineViews, hasUnlisted } from "./cart-lines.ts"
import { localizePath, type Locale } from "../i18n/i18n.ts"
import { getCartId, getCustomerToken } from "../core/session.server.ts"

/**
 * The cart a checkout step works on. An empty cart, or one holding a product the certificate
 * gate no longer lists, goes back to the cart page, which says what to do.
 */
export async function checkoutCart(request: Request, locale: Locale) {
  const [cartId, token] = await Promise.all([getCartId(request), getCustomerToken(request)])
  const cart = cartId ? await retrieveCart(cartId, locale, token) : null
  if (!cart || cart.items.length === 0) throw redirect(localizePath("/cart", locale))
  const lines = cartLineViews(cart.items, await listingsOf(cart, locale, request.signal))
  if (hasUnlisted(lines)) throw redirect(localizePath("/cart", locale))
  return { cart, lines, token }
}
