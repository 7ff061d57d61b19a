import {
  createContext,
  data,
  redirect,
  type MiddlewareFunction,
  type RouterContextProvider,
} from "react-router"
import type { Locale } from "./i18n.ts"
import { getLocale } from "./i18n.server.ts"
import {} from "./producer-api.server.ts"
import { loginPath, portalPath, portalPaths } from "./producer-paths.ts"
import {
  destroyProducerSession,
  getProducerSession,
  getProducerToken,
} from "./producer-session.server.ts"
import { PortalApiError } from "./portal-api.server.ts"

/** The signed-in producer user's token, for the portal's loaders and actions. */
export const producerTokenContext = createContext<string>()

/** The page to come back to after signing in: only pages, never a form submission. */
function returnPath(request: Request): string | undefined {
  if (request.method !== "GET") return undefined
  const url = new URL(request.url)
  url.searchParams.delete("_routes")
  return url.pathname.replace(/\.data$/, "") + url.search
}

/** A token, or the login page (coming back here afterwards). */
export async function requireProducerToken(request: Request, locale: Locale): Promise<string> {
  const token = await getProducerToken(request)
  if (!token) throw redirect(loginPath(locale, returnPath(request)))
  return token
}

/** Guards every page of the signed-in portal: no token, no page. */
export const producerAuthMiddleware: MiddlewareFunction<Response> = async ({
  request,
  context,
}) => {
  context.set(producerTokenContext, await requireProducerToken(request, getLocale(context)))
}

export function producerToken(context: Readonly<RouterContextProvider>): string {
  return context.get(producerTokenContext)
}

/**
 * Runs portal API calls for a loader or action and turns the API's refusals into pages: an
 * expired or refused token signs out (to the login page), an account waiting for approval goes
 * to the dashboard that says so, another producer's product is a 404. A 400 is the caller's,
 * to show next to its form; a page's 400 is its 400 page.
 */
export async function portalCall<T>(
  request: Request,
  locale: Locale,
  run: () => Promise<T>,
): Promise<T> {
  try {
    return await run()
  } catch (error) {
    if (!(error instanceof PortalApiError)) throw error
    if (error.status === 401) {
      const session = await getProducerSession(request)
      throw redirect(loginPath(locale, returnPath(request)), {
        headers: { "Set-Cookie": await destroyProducerSession(session) },
      })
    }
    if (error.status === 403) throw redirect(portalPath(portalPaths.dashboard, locale))
    if (error.status === 404) throw data({ message: "not_found" }, { status: 404 })
    // A page's own address refused (a query holding a control character): its 400 page.
    if (error.status === 400 && request.method === "GET") {
      throw data({ message: "bad_request" }, { status: 400 })
    }
    throw error
  }
}
