import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"
import { InvitationClaim } from "./invitation-claim"
import { portalCors } from "./producer/cors"
import { routeTable } from "./route-table"

/**
 * A portal of invited accounts (staff, fair organisers) under `prefix`: its route table, signed
 * in as `actor` with a bearer token or a session, and the routes it opens with — CORS for the
 * storefront, the claim of an invitation (which needs the invitation's token only) and `/me`.
 */
export function invitedPortal(actor: string, prefix: string) {
  const signedIn = authenticate(actor, ["bearer", "session"])
  const opening: MiddlewareRoute[] = [
    { matcher: `${prefix}*`, middlewares: [portalCors] },
    routeTable()("POST", `${prefix}/account/claim`, InvitationClaim),
    { matcher: `${prefix}/me`, middlewares: [signedIn] },
  ]
  return { route: routeTable([signedIn]), opening }
}
