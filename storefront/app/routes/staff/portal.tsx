import { data, Outlet } from "react-router"
import type { Route } from "./+types/portal"
import { StaffErrorBoundary } from "#app/components/staff/error-boundary.tsx"
import { NoticeBanner } from "#app/components/staff/notice-banner.tsx"
import { StaffBar } from "#app/components/staff/staff-bar.tsx"
import { getLocale } from "#app/lib/i18n/i18n.server.ts"
import { getMe } from "#app/lib/staff/api.server.ts"
import { staffAuthMiddleware, staffCall, staffToken } from "#app/lib/staff/auth.server.ts"
import { takeStaffNotice } from "#app/lib/staff/session.server.ts"

/** The signed-in portal: no token, no page (see staffAuthMiddleware). */
export const middleware: Route.MiddlewareFunction[] = [staffAuthMiddleware]

/** Who is signed in, and the one-time notice of the last action. */
export async function loader({ context, request }: Route.LoaderArgs) {
  const locale = getLocale(context)
  const token = staffToken(context)
  const { staff_user: user } = await staffCall(request, locale, () => getMe(token, request.signal))
  const { notice, headers } = await takeStaffNotice(request)
  const name = [user.last_name, user.first_name].filter(Boolean).join(" ") || user.email
  return data({ name, notice }, { headers })
}

export default function Portal({ loaderData: { name, notice } }: Route.ComponentProps) {
  return (
    <>
      <StaffBar name={name} />
      <div className="container staff__page">
        {notice ? <NoticeBanner notice={notice} /> : null}
        <Outlet />
      </div>
    </>
  )
}

export function ErrorBoundary() {
  return <StaffErrorBoundary container="container staff__page" />
}
