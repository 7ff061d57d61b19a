import { data } from "react-router"
import type { Locale } from "../i18n/i18n.ts"
import { getMe, logIn } from "./api.server.ts"
import { portalDoors } from "../portal/doors.server.ts"
import { staffPortal } from "../portal/portals.ts"
import { staffSession } from "./session.server.ts"
import type { StaffPlace } from "./types.ts"
import { PortalApiError } from "../portal/api.server.ts"
import { loginForm, type Refusal } from "./forms.ts"

/**
 * The staff portal's doors (portal kit): a disabled account is signed out and the login page
 * says why; another place's id is a page's 404, and a form's refusal to show next to it. A
 * login whose account was never claimed has a token but no staff account; a disabled account
 * may not sign in.
 */
const staff = portalDoors(staffPortal, staffSession, loginForm, {
  logIn,
  getMe,
  refusal: (me) => (me.staff_user.status === "active" ? undefined : "disabled"),
})

/** Guards every page of the signed-in portal: no token, no page. */
export const staffAuthMiddleware = staff.middleware
export const staffToken = staff.token
/** Runs staff API calls for a loader or action and turns the API's refusals into pages. */
export const staffCall = staff.call
/** A loader's or action's staff API call with the signed-in staff member's token. */
export const staffRead = staff.read

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

/** The portal's sign-in page (portal kit). */
export const staffSignIn = staff.signIn
