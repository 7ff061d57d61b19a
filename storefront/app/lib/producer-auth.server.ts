import { portalAuth } from "./portal/auth.server.ts"
import { producerPortal } from "./portal/portals.ts"
import { producerSession } from "./producer-session.server.ts"

/**
 * The producer portal's guard (portal kit): an account waiting for approval goes to the
 * dashboard that says so; another producer's product is a 404, for pages and forms alike.
 */
const producerAuth = portalAuth(producerPortal, producerSession, {
  forbidden: "home",
  notFoundInActions: true,
})

/** Guards every page of the signed-in portal: no token, no page. */
export const producerAuthMiddleware = producerAuth.middleware
export const producerToken = producerAuth.token
/** Runs portal API calls for a loader or action and turns the API's refusals into pages. */
export const portalCall = producerAuth.call
