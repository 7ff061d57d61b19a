import { useTranslation } from "react-i18next"
import { data, Outlet } from "react-router"
import type { Route } from "./+types/portal"
import { OrganizerErrorBoundary } from "#app/components/organizer/error-boundary.tsx"
import { FormAlert } from "#app/components/producer/form-alert.tsx"
import { PortalBar } from "#app/components/ui/portal-bar.tsx"
import { getLocale } from "#app/lib/i18n/i18n.server.ts"
import { getMe } from "#app/lib/organizer/api.server.ts"
import {
  organizerAuthMiddleware,
  organizerCall,
  organizerToken,
} from "#app/lib/organizer/auth.server.ts"
import { organizerSession } from "#app/lib/organizer/session.server.ts"
import { organizerPortal } from "#app/lib/portal/portals.ts"

/** The signed-in portal: no token, no page (see organizerAuthMiddleware). */
export const middleware: Route.MiddlewareFunction[] = [organizerAuthMiddleware]

/** Who is signed in, and the one-time notice of the last action. */
export async function loader({ context, request }: Route.LoaderArgs) {
  const locale = getLocale(context)
  const token = organizerToken(context)
  const user = await organizerCall(request, locale, () => getMe(token, request.signal))
  const session = await organizerSession.getSession(request)
  const notice = session.get("notice") ?? null
  const headers = notice
    ? { "Set-Cookie": await organizerSession.commitSession(session) }
    : undefined
  const name = [user.last_name, user.first_name].filter(Boolean).join(" ") || user.email
  return data({ name, notice }, { headers })
}

export default function Portal({ loaderData: { name, notice } }: Route.ComponentProps) {
  const { t } = useTranslation("organizer")
  return (
    <>
      <PortalBar portal={organizerPortal} name={name} />
      <div className="container staff__page">
        {notice ? <FormAlert tone="info">{t(`notices.${notice}`)}</FormAlert> : null}
        <Outlet />
      </div>
    </>
  )
}

export const ErrorBoundary = OrganizerErrorBoundary
