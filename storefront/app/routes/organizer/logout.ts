import type { Route } from "./+types/logout"
import { organizerSession } from "#app/lib/organizer/session.server.ts"
import { organizerPortal } from "#app/lib/portal/portals.ts"
import { signOutAction, signOutLoader } from "#app/lib/portal/sign-out.server.ts"

export function action(args: Route.ActionArgs) {
  return signOutAction(organizerPortal, organizerSession, args)
}

export function loader(args: Route.LoaderArgs) {
  return signOutLoader(organizerPortal, args)
}
