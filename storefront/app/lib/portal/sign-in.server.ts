import { data, redirect, type RouterContextProvider } from "react-router"
import type { z } from "zod"
import { forwardedClient } from "../core/edge.server.ts"
import { getLocale } from "../i18n/i18n.server.ts"
import { throttledFor } from "../account/login-wait.server.ts"
import { PortalApiError } from "./api.server.ts"
import { portalSeo, portalT } from "./meta.server.ts"
import { portalRedirect, type Portal } from "./portals.ts"
import type { PortalSession } from "./session.server.ts"

type Args = { context: Readonly<RouterContextProvider>; request: Request }

/** Why a sign-in was refused: the page shows the portal's `login.<refusal>` text. */
export type SignInRefusal = "invalid" | "tooMany" | "noAccount" | "disabled"
export type SignInData = {
  values: Record<string, string>
  errors: Record<string, string>
  refusal?: SignInRefusal
  waitSeconds?: number
}

/** What a portal's sign-in needs of it besides its session. */
export type SignInDoor = {
  portal: Portal
  session: PortalSession
  /** The portal's login form (email and password) and how its form errors are read. */
  form: {
    schema: z.ZodType<{ email: string; password: string }>
    fieldErrors: (error: z.ZodError) => Record<string, string>
    keptValues: (form: FormData) => Record<string, string>
  }
  logIn: (email: string, password: string, client: Record<string, string>) => Promise<string>
  /**
   * Whether the login has an account in this portal: a login whose registration or claim
   * stopped before the account was made has a token but no account ("noAccount"), a staff
   * account may be disabled. Undefined when the account may sign in.
   */
  account: (token: string, signal: AbortSignal) => Promise<SignInRefusal | undefined>
}

/**
 * A portal's sign-in door read from its "who am I" API: a login with a token but no account in
 * the portal is "noAccount"; `refusal` says whether an existing account may sign in.
 */
export function accountSignIn<Me extends object>({
  getMe,
  refusal,
  ...door
}: Omit<SignInDoor, "account"> & {
  getMe: (token: string, signal: AbortSignal) => Promise<Me>
  refusal?: (me: Me) => SignInRefusal | undefined
}): SignInDoor {
  return {
    ...door,
    account: async (token, signal) => {
      const me = await noAccountOn(() => getMe(token, signal))
      return typeof me === "string" ? me : refusal?.(me)
    },
  }
}

/**
 * The sign-in page: a signed-in user goes on to where they were going. `?disabled` says the
 * account was disabled (the portal's guard signed it out: auth.server.ts). `ns` names the portal.
 */
export async function signInLoader(door: Pick<SignInDoor, "portal" | "session">, args: Args) {
  const { portal, session } = door
  const url = new URL(args.request.url)
  const redirectTo = url.searchParams.get("redirectTo")
  if (await session.getToken(args.request)) {
    throw redirect(portalRedirect(portal, redirectTo, getLocale(args.context)))
  }
  return {
    seo: portalSeo(args.context, portalT(args.context, portal.ns)("login.title")),
    redirectTo,
    disabled: portal.forbidden === "disabled" && url.searchParams.has("disabled"),
    ns: portal.ns,
  }
}

/**
 * Signs a portal user in with the backend's login for that portal. After repeated failures the
 * backend's login throttle answers 429 with the wait; the page says how long to wait. The token
 * goes into the portal's own cookie and the user on to a page of the portal only.
 */
export async function signInAction(door: SignInDoor, { context, request }: Args) {
  const form = await request.formData()
  const values = door.form.keptValues(form)
  const parsed = door.form.schema.safeParse({
    email: String(form.get("email") ?? ""),
    password: String(form.get("password") ?? ""),
  })
  if (!parsed.success) {
    return data<SignInData>(
      { values, errors: door.form.fieldErrors(parsed.error) },
      { status: 400 },
    )
  }
  const refuse = (refusal: SignInRefusal, status: number, waitSeconds?: number) =>
    data<SignInData>({ values, errors: {}, refusal, waitSeconds }, { status })
  let token: string
  try {
    token = await door.logIn(parsed.data.email, parsed.data.password, forwardedClient(context))
  } catch (error) {
    if (!(error instanceof PortalApiError)) throw error
    const waitSeconds = throttledFor(error)
    return waitSeconds ? refuse("tooMany", 429, waitSeconds) : refuse("invalid", 401)
  }
  const refusal = await door.account(token, request.signal)
  if (refusal) return refuse(refusal, refusal === "disabled" ? 403 : 401)
  const session = await door.session.getSession(request)
  session.set("token", token)
  const to = portalRedirect(door.portal, String(form.get("redirectTo") ?? ""), getLocale(context))
  return redirect(to, { headers: { "Set-Cookie": await door.session.commitSession(session) } })
}

/** A login with a token but no account in the portal (the API's 401 on "who am I"). */
export async function noAccountOn<T>(me: () => Promise<T>): Promise<T | "noAccount"> {
  try {
    return await me()
  } catch (error) {
    if (error instanceof PortalApiError && error.status === 401) return "noAccount"
    throw error
  }
}
