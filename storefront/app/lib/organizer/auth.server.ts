import { portalAuth } from "../portal/auth.server.ts"
import { organizerPortal } from "../portal/portals.ts"
import { accountSignIn } from "../portal/sign-in.server.ts"
import { fieldErrors, keptValues, LoginForm } from "../staff/forms.ts"
import { getMe, logIn } from "./api.server.ts"
import { organizerSession } from "./session.server.ts"

/**
 * The organiser portal's guard (portal kit): another organiser's fair is the page's 404, and a
 * form's refusal (a lapsing certificate, a place not linked) is shown next to the form.
 */
const organizerAuth = portalAuth(organizerPortal, organizerSession, {
  notFoundInActions: false,
})

export const organizerAuthMiddleware = organizerAuth.middleware
export const organizerToken = organizerAuth.token
export const organizerCall = organizerAuth.call

/**
 * The portal's sign-in page (portal kit): the login form is the staff portal's, same rules; a
 * login whose invitation was never claimed has a token but no organiser account.
 */
export const organizerSignIn = accountSignIn({
  portal: organizerPortal,
  session: organizerSession,
  form: { schema: LoginForm, fieldErrors, keptValues },
  logIn,
  getMe,
})
