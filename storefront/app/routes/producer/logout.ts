import { redirect } from "react-router"
import type { Route } from "./+types/logout"
import { getLocale } from "#app/lib/i18n.server.ts"
import { portalPath, portalPaths } from "#app/lib/producer-paths.ts"
import { destroyProducerSession, getProducerSession } from "#app/lib/producer-session.server.ts"

/** Signing out forgets the producer token; a shopper's session, if any, stays. */
export async function action({ context, request }: Route.ActionArgs) {
  const session = await getProducerSession(request)
  return redirect(portalPath(portalPaths.login, getLocale(context)), {
    headers: { "Set-Cookie": await destroyProducerSession(session) },
  })
}

/** Signing out is a form submission; a visit to the address goes to the portal. */
export function loader({ context }: Route.LoaderArgs) {
  return redirect(portalPath(portalPaths.dashboard, getLocale(context)))
}
