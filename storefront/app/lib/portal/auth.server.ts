import {
  createContext,
  data,
  redirect,
  type MiddlewareFunction,
  type RouterContextProvider,
} from "react-router"
import type { Locale } from "../i18n/i18n.ts"
import { getLocale } from "../i18n/i18n.server.ts"
import { PortalApiError } from "./api.server.ts"
import { portalHome, portalLoginPath, type Portal } from "./portals.ts"
import type { PortalSession } from "./session.server.ts"

/** The page to come back to after signing in: only pages, never a form submission. */
function returnPath(request: Request): string | undefined {
  if (request.method !== "GET") return undefined
  const url = new URL(request.url)
  url.searchParams.delete("_routes")
  return url.pathname.replace(/\.data$/, "") + url.search
}

/**
 * A portal's guard and API wrapper: the middleware that lets only a signed-in user into the
 * portal's pages, the token it keeps for their loaders and actions, and `call`, which runs the
 * portal's API calls and turns the API's refusals into pages: an expired or refused token signs
 * out (to the login page, coming back afterwards), another user's id is a 404 (unless the
 * refusal names a field of the form: that is the form's), a page's own address refused (a
 * query holding a control character) is its 400 page. Any other 400 is the caller's, to show
 * next to its form.
 */
export function portalAuth(portal: Portal, session: PortalSession) {
  const tokenContext = createContext<string>()

  const middleware: MiddlewareFunction<Response> = async ({ request, context }) => {
    const token = await session.getToken(request)
    if (!token) throw redirect(portalLoginPath(portal, getLocale(context), returnPath(request)))
    context.set(tokenContext, token)
  }

  async function signOut(request: Request, to: string): Promise<never> {
    const signedIn = await session.getSession(request)
    throw redirect(to, { headers: { "Set-Cookie": await session.destroySession(signedIn) } })
  }

  async function call<T>(request: Request, locale: Locale, run: () => Promise<T>): Promise<T> {
    try {
      return await run()
    } catch (error) {
      if (!(error instanceof PortalApiError)) throw error
      if (error.status === 401)
        await signOut(request, portalLoginPath(portal, locale, returnPath(request)))
      if (error.status === 403) {
        if (portal.forbidden === "home") throw redirect(portalHome(portal, locale))
        await signOut(request, `${portalLoginPath(portal, locale)}?disabled=1`)
      }
      // A 404 naming the field it refused (a variant not of this product) is the form's to show.
      const pageNotFound = portal.notFoundInActions || request.method === "GET"
      if (error.status === 404 && !error.problem && pageNotFound) {
        throw data({ message: "not_found" }, { status: 404 })
      }
      if (error.status === 400 && request.method === "GET") {
        throw data({ message: "bad_request" }, { status: 400 })
      }
      throw error
    }
  }

  /**
   * A loader's or action's API call as the signed-in user (see `call`): `run` gets their token
   * and the request's abort signal.
   */
  function read<T>(
    { context, request }: { context: Readonly<RouterContextProvider>; request: Request },
    run: (token: string, signal: AbortSignal) => Promise<T>,
  ): Promise<T> {
    return call(request, getLocale(context), () => run(context.get(tokenContext), request.signal))
  }

  return {
    middleware,
    call,
    read,
    /** The signed-in user's token, for the portal's loaders and actions. */
    token: (context: Readonly<RouterContextProvider>): string => context.get(tokenContext),
  }
}
