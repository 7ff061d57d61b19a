import type { Route } from "./+types/logout"
import { staffPortal } from "#app/lib/portal/portals.ts"
import { signOutAction, signOutLoader } from "#app/lib/portal/sign-out.server.ts"
import { staffSession } from "#app/lib/staff/session.server.ts"

export function action(args: Route.ActionArgs) {
  return signOutAction(staffPortal, staffSession, args)
}

export function loader(args: Route.LoaderArgs) {
  return signOutLoader(staffPortal, args)
}
