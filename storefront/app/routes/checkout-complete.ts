import { redirect } from "react-router"
import type { Route } from "./+types/checkout-complete"
import { retrieveCart } from "#app/lib/checkout/cart.server.ts"
import { getLocale } from "#app/lib/i18n/i18n.server.ts"
import { localizePath, type Locale } from "#app/lib/i18n/i18n.ts"
import { StoreRefusal } from "#app/lib/core/medusa.server.ts"
import { placeOrder } from "#app/lib/checkout/place-order.server.ts"
import { getCartId, getCustomerToken } from "#app/lib/core/session.server.ts"
import { stripeClientSecret } from "#app/lib/checkout/stripe.ts"

/**
 * Places the order once Stripe holds the card payment: POSTed by the card form, or reached
 * through Stripe's return URL after a redirecting payment method.
 */
async function complete(request: Request, locale: Locale) {
  const failedPath = `${localizePath("/checkout/payment", locale)}?step=card&failed=1`
  const [cartId, token] = await Promise.all([getCartId(request), getCustomerToken(request)])
  if (!cartId) return redirect(localizePath("/cart", locale))
  // Only a cart waiting for its card payment is completed here; COD and transfer orders are
  // placed by the payment step itself.
  const cart = await retrieveCart(cartId, locale, token)
  if (!cart) return redirect(localizePath("/cart", locale))
  if (!stripeClientSecret(cart.payment_sessions)) {
    return redirect(localizePath("/checkout/payment", locale))
  }
  try {
    return await placeOrder(request, cartId, { locale, token, method: "card" })
  } catch (error) {
    if (error instanceof StoreRefusal) return redirect(failedPath)
    throw error
  }
}

export async function loader({ context, request }: Route.LoaderArgs) {
  const locale = getLocale(context)
  const status = new URL(request.url).searchParams.get("redirect_status")
  if (status !== "succeeded" && status !== "processing") {
    return redirect(`${localizePath("/checkout/payment", locale)}?step=card&failed=1`)
  }
  return complete(request, locale)
}

export async function action({ context, request }: Route.ActionArgs) {
  return complete(request, getLocale(context))
}
