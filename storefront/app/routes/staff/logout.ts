import { redirect } from "react-router"
import type { Route } from "./+types/logout"
import { getLocale } from "#app/lib/i18n.server.ts"
import { staffPath, staffPaths } from "#app/lib/staff-paths.ts"
import { destroyStaffSession, getStaffSession } from "#app/lib/staff-session.server.ts"

/** Signing out forgets the staff token and receipts; shopper and producer sessions stay. */
export async function action({ context, request }: Route.ActionArgs) {
  const session = await getStaffSession(request)
  return redirect(staffPath(staffPaths.login, getLocale(context)), {
    headers: { "Set-Cookie": await destroyStaffSession(session) },
  })
}

/** Signing out is a form submission; a visit to the address goes to the portal. */
export function loader({ context }: Route.LoaderArgs) {
  return redirect(staffPath(staffPaths.home, getLocale(context)))
}
