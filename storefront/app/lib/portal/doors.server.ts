import { portalAuth } from "./auth.server.ts"
import type { Portal } from "./portals.ts"
import type { PortalSession } from "./session.server.ts"
import { accountSignIn, type SignInDoor, type SignInRefusal } from "./sign-in.server.ts"

/** A portal's account API: its login and its "who am I" (a 401 there: no account yet). */
type AccountApi<Me> = {
  logIn: SignInDoor["logIn"]
  getMe: (token: string, signal: AbortSignal) => Promise<Me>
  /** Whether an existing account may sign in (see `SignInDoor.account`). */
  refusal?: (me: Me) => SignInRefusal | undefined
}

/**
 * A portal's doors (portal kit), written once for producers, staff and organisers: its guard
 * (`portalAuth`: the middleware, the token, `call` and `read`, which turn the API's refusals
 * into pages) and its sign-in page's door (`accountSignIn`).
 */
export function portalDoors<Me extends object>(
  portal: Portal,
  session: PortalSession,
  form: SignInDoor["form"],
  account: AccountApi<Me>,
) {
  return {
    ...portalAuth(portal, session),
    signIn: accountSignIn({ portal, session, form, ...account }),
  }
}
