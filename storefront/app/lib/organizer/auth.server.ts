import { portalDoors } from "../portal/doors.server.ts"
import { organizerPortal } from "../portal/portals.ts"
import { loginForm } from "../staff/forms.ts"
import { getMe, logIn } from "./api.server.ts"
import { organizerSession } from "./session.server.ts"

/**
 * The organiser portal's doors (portal kit): another organiser's fair is the page's 404, and a
 * form's refusal (a lapsing certificate, a place not linked) is shown next to the form. The
 * login form is the staff portal's, same rules; a login whose invitation was never claimed has
 * a token but no organiser account.
 */
const organizer = portalDoors(organizerPortal, organizerSession, loginForm, { logIn, getMe })

export const organizerAuthMiddleware = organizer.middleware
export const organizerToken = organizer.token
export const organizerCall = organizer.call
export const organizerSignIn = organizer.signIn
