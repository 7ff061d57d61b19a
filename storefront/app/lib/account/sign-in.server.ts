import { data, redirect, type RouterContextProvider } from "react-router"
import type { z } from "zod"
import { forwardedClient } from "../core/edge.server.ts"
import { fieldErrors, formValues, type FieldErrors } from "../core/form.ts"
import { safeRedirect } from "../core/safe-redirect.ts"
import { commitSession, getCartId, getSession } from "../core/session.server.ts"
import { getLocale } from "../i18n/i18n.server.ts"
import { localizePath, type Locale } from "../i18n/i18n.ts"
import { transferCart } from "./customer.server.ts"
import { throttledFor } from "./login-wait.server.ts"

/**
 * Why the last sign-in or sign-up did not go through: its fields' errors, the backend's refusal
 * (wrong credentials, or an email that has a login already), or a wait the backend asks for.
 */
export type ShopperAuthData = {
  errors: FieldErrors
  values: Record<string, string>
  refused?: boolean
  waitSeconds?: number
}

/**
 * A shopper's sign-in or sign-up form: the fields `schema` names are checked (400 with their
 * errors), then `attempt` asks the backend for a token; none is a refusal (400), a login
 * throttle's wait a 429. With a token, the shopper is signed in.
 */
export async function shopperAuthAction<S extends z.AnyZodObject>(
  { context, request }: { context: Readonly<RouterContextProvider>; request: Request },
  schema: S,
  attempt: (
    input: z.infer<S>,
    locale: Locale,
    client: Record<string, string>,
  ) => Promise<string | null>,
) {
  const locale = getLocale(context)
  const form = await request.formData()
  const values = formValues(form)
  const fields = Object.keys(schema.shape).map((name) => [name, form.get(name) ?? undefined])
  const parsed = schema.safeParse(Object.fromEntries(fields))
  if (!parsed.success)
    return data<ShopperAuthData>({ errors: fieldErrors(parsed.error), values }, { status: 400 })
  let token: string | null
  try {
    token = await attempt(parsed.data, locale, forwardedClient(context))
  } catch (error) {
    const waitSeconds = throttledFor(error)
    if (!waitSeconds) throw error
    return data<ShopperAuthData>({ errors: {}, values, waitSeconds }, { status: 429 })
  }
  if (!token) return data<ShopperAuthData>({ errors: {}, values, refused: true }, { status: 400 })
  return signInShopper(request, locale, token, form.get("redirectTo"))
}

/**
 * Signs the shopper in with the backend's `token` (after login or registration): the guest cart
 * becomes theirs, and they go where they were headed (`redirectTo`, their account by default).
 */
async function signInShopper(
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
