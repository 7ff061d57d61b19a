import { accountSignIn } from "../portal/sign-in.server.ts"
import { getMe, logIn } from "./api.server.ts"
import { fieldErrors, keptValues, LoginForm } from "./forms.ts"
import { portalAuth } from "../portal/auth.server.ts"
import { producerPortal } from "../portal/portals.ts"
import { producerSession } from "./session.server.ts"

/**
 * The producer portal's guard (portal kit): an account waiting for approval goes to the
 * dashboard that says so; another producer's product is a 404, for pages and forms alike.
 */
const producerAuth = portalAuth(producerPortal, producerSession, {
  notFoundInActions: true,
})

/** Guards every page of the signed-in portal: no token, no page. */
export const producerAuthMiddleware = producerAuth.middleware
export const producerToken = producerAuth.token
/** Runs portal API calls for a loader or action and turns the API's refusals into pages. */
export const portalCall = producerAuth.call
/** A loader's or action's portal API call with the signed-in producer user's token. */
export const producerRead = producerAuth.read

/**
 * The portal's sign-in page (portal kit): a login whose registration stopped before "create the
 * account" has a token but no account.
 */
export const producerSignIn = accountSignIn({
  portal: producerPortal,
  session: producerSession,
  form: { schema: LoginForm, fieldErrors, keptValues },
  logIn,
  getMe,
})
