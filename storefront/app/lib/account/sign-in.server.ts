import { redirect } from "react-router"
import { safeRedirect } from "../core/safe-redirect.ts"
import { commitSession, getCartId, getSession } from "../core/session.server.ts"
import { localizePath, type Locale } from "../i18n/i18n.ts"
import { transferCart } from "./customer.server.ts"

/**
 * Signs the shopper in with the backend's `token` (after login or registration): the guest cart
 * becomes theirs, and they go where they were headed (`redirectTo`, their account by default).
 */
export async function signInShopper(
  request: Request,
  locale: Locale,
  token: string,
  redirectTo: FormDataEntryValue | null,
): Promise<never> {
  const cartId = await getCartId(request)
  if (cartId) await transferCart(cartId, token, locale)
  const session = await getSession(request)
  session.set("token", token)
  throw redirect(localizePath(safeRedirect(redirectTo, "/account"), locale), {
    headers: { "Set-Cookie": await commitSession(session, request) },
  })
}
