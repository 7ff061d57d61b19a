import { organizerSignIn } from "../organizer/auth.server.ts"
import { claimAccount as organizerClaim, logIn as organizerLogIn } from "../organizer/api.server.ts"
import { organizerSession } from "../organizer/session.server.ts"
import { producerSignIn } from "../producer/auth.server.ts"
import { staffSignIn } from "../staff/auth.server.ts"
import { claimAccount as staffClaim, logIn as staffLogIn } from "../staff/api.server.ts"
import { staffSession } from "../staff/session.server.ts"
import type { ClaimDoor } from "./claim.server.ts"
import { organizerPortal, portalAt, staffPortal, type Portal } from "./portals.ts"
import type { SignInDoor } from "./sign-in.server.ts"

/**
 * The doors of the pages every portal has alike, one route module mounted below each portal
 * (routes.ts): the sign-in of each portal and the claim of the portals whose accounts an officer
 * opens. The portal is the one the requested page is below.
 */
const signIns: Record<Portal["ns"], SignInDoor> = {
  producer: producerSignIn,
  staff: staffSignIn,
  organizer: organizerSignIn,
}

const claims: Partial<Record<Portal["ns"], ClaimDoor>> = {
  staff: { portal: staffPortal, session: staffSession, claim: staffClaim, logIn: staffLogIn },
  organizer: {
    portal: organizerPortal,
    session: organizerSession,
    claim: organizerClaim,
    logIn: organizerLogIn,
  },
}

export function signInDoorOf(request: Request): SignInDoor {
  return signIns[portalAt(new URL(request.url).pathname).ns]
}

export function claimDoorOf(request: Request): ClaimDoor {
  const door = claims[portalAt(new URL(request.url).pathname).ns]
  if (!door) throw new Error("This portal has no accounts to claim")
  return door
}
