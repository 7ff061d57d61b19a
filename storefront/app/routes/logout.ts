import { redirect } from "react-router"
import type { Route } from "./+types/logout"
import { getLocale } from "#app/lib/i18n/i18n.server.ts"
import { localizePath } from "#app/lib/i18n/i18n.ts"
import { commitSession, getSession } from "#app/lib/core/session.server.ts"

/** Signing out forgets the token; orders placed in this browser stay viewable. */
export async function action({ context, request }: Route.ActionArgs) {
  const session = await getSession(request)
  session.unset("token")
  return redirect(localizePath("/", getLocale(context)), {
    headers: { "Set-Cookie": await commitSession(session, request) },
  })
}

export function loader({ context }: Route.LoaderArgs) {
  return redirect(localizePath("/account", getLocale(context)))
}
