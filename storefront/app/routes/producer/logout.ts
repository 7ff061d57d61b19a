import type { Route } from "./+types/logout"
import { producerPortal } from "#app/lib/portal/portals.ts"
import { signOutAction, signOutLoader } from "#app/lib/portal/sign-out.server.ts"
import { producerSession } from "#app/lib/producer/session.server.ts"

export function action(args: Route.ActionArgs) {
  return signOutAction(producerPortal, producerSession, args)
}

export function loader(args: Route.LoaderArgs) {
  return signOutLoader(producerPortal, args)
}
