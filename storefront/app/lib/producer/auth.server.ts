import { portalDoors } from "../portal/doors.server.ts"
import { producerPortal } from "../portal/portals.ts"
import { getMe, logIn } from "./api.server.ts"
import { loginForm } from "./forms.ts"
import { producerSession } from "./session.server.ts"

/**
 * The producer portal's doors (portal kit): an account waiting for approval goes to the
 * dashboard that says so; another producer's product is a 404, for pages and forms alike. A
 * login whose registration stopped before "create the account" has a token but no account.
 */
const producer = portalDoors(producerPortal, producerSession, loginForm, { logIn, getMe })

/** Guards every page of the signed-in portal: no token, no page. */
export const producerAuthMiddleware = producer.middleware
export const producerToken = producer.token
/** Runs portal API calls for a loader or action and turns the API's refusals into pages. */
export const portalCall = producer.call
/** A loader's or action's portal API call with the signed-in producer user's token. */
export const producerRead = producer.read
/** The portal's sign-in page (portal kit). */
export const producerSignIn = producer.signIn
