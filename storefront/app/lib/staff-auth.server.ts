import {
  createContext,
  data,
  redirect,
  type MiddlewareFunction,
  type RouterContextProvider,
} from "react-router"
import type { Locale } from "./i18n.ts"
import { getLocale } from "./i18n.server.ts"
import { getMe } from "./staff-api.server.ts"
import { loginPath, staffPath, staffPaths } from "./staff-paths.ts"
import { destroyStaffSession, getStaffSession, getStaffToken } from "./staff-session.server.ts"
import type { StaffPlace } from "./staff-types.ts"
import { PortalApiError } from "./portal-api.server.ts"
import type { Refusal } from "./staff-forms.ts"

/** The signed-in staff member's token, for the portal's loaders and actions. */
export const staffTokenContext = createContext<string>()

/** The page to come back to after signing in: only pages, never a form submission. */
function returnPath(request: Request): string | undefined {
  if (request.method !== "GET") return undefined
  const url = new URL(request.url)
  url.searchParams.delete("_routes")
  return url.pathname.replace(/\.data$/, "") + url.search
}

/** Guards every page of the signed-in portal: no token, no page. */
export const staffAuthMiddleware: MiddlewareFunction<Response> = async ({ request, context }) => {
  const token = await getStaffToken(request)
  if (!token) throw redirect(loginPath(getLocale(context), returnPath(request)))
  context.set(staffTokenContext, token)
}

export function staffToken(context: Readonly<RouterContextProvider>): string {
  return context.get(staffTokenContext)
}

/**
 * Runs staff API calls for a loader or action and turns the API's refusals into pages: an
 * expired token or a disabled account signs out (to the login page), another place's id is a
 * 404. A 400 is the caller's, to show next to its form; a page's 400 is its 400 page.
 */
export async function staffCall<T>(
  request: Request,
  locale: Locale,
  run: () => Promise<T>,
): Promise<T> {
  try {
    return await run()
  } catch (error) {
    if (!(error instanceof PortalApiError)) throw error
    if (error.status === 401 || error.status === 403) {
      const session = await getStaffSession(request)
      const target =
        error.status === 403
          ? `${staffPath(staffPaths.login, locale)}?disabled=1`
          : loginPath(locale, returnPath(request))
      throw redirect(target, {
        headers: { "Set-Cookie": await destroyStaffSession(session) },
      })
    }
    if (error.status === 404 && request.method === "GET") {
      throw data({ message: "not_found" }, { status: 404 })
    }
    // A page's own address refused (a search holding a control character): its 400 page.
    if (error.status === 400 && request.method === "GET") {
      throw data({ message: "bad_request" }, { status: 400 })
    }
    throw error
  }
}

/**
 * A refusal of a form's submission, with the API's message to show above the form and, when
 * the API's input check refused a field, its code and field.
 */
export function refusalOf(error: unknown): Refusal {
  if (
    error instanceof PortalApiError &&
    (error.status === 400 || error.status === 404 || error.status === 409)
  ) {
    return {
      status: error.status,
      message: error.message,
      code: error.code ?? null,
      field: error.field ?? null,
    }
  }
  throw error
}

/** One of the signed-in staff member's places, or the page's 404. */
export async function staffPlace(
  request: Request,
  locale: Locale,
  token: string,
  placeId: string | undefined,
): Promise<StaffPlace> {
  const me = await staffCall(request, locale, () => getMe(token, request.signal))
  const place = me.places.find((candidate) => candidate.id === placeId)
  if (!place) throw data({ message: "not_found" }, { status: 404 })
  return place
}
