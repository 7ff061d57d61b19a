import { data, Outlet } from "react-router"
import type { Route } from "./+types/portal"
import { NoticeBanner } from "#app/components/producer/notice-banner.tsx"
import { PendingApproval } from "#app/components/producer/pending-approval.tsx"
import { PortalErrorBoundary } from "#app/components/producer/portal-error-boundary.tsx"
import { PortalNav } from "#app/components/producer/portal-nav.tsx"
import { getMe } from "#app/lib/producer/api.server.ts"
import { producerAuthMiddleware, producerRead } from "#app/lib/producer/auth.server.ts"
import { takeProducerNotice } from "#app/lib/producer/session.server.ts"

/** The signed-in portal: no token, no page (see producerAuthMiddleware). */
export const middleware: Route.MiddlewareFunction[] = [producerAuthMiddleware]

/** Who is signed in and for which producer, and the one-time notice of the last action. */
export async function loader({ context, request }: Route.LoaderArgs) {
  const user = await producerRead({ context, request }, (token, signal) => getMe(token, signal))
  const { notice, headers } = await takeProducerNotice(request)
  return data(
    {
      user: {
        email: user.email,
        name: [user.last_name, user.first_name].filter(Boolean).join(" ") || user.email,
        status: user.status,
        requested_producer_name: user.requested_producer_name,
        requested_registration_number: user.requested_registration_number,
        producer: user.producer ? { name: user.producer.name, handle: user.producer.handle } : null,
      },
      notice,
    },
    { headers },
  )
}

export default function Portal({ loaderData: { user, notice } }: Route.ComponentProps) {
  const approved = user.status === "approved" && user.producer !== null
  return (
    <>
      <PortalNav name={user.name} producerName={user.producer?.name ?? null} approved={approved} />
      <div className="container portal__page">
        {notice ? <NoticeBanner notice={notice} /> : null}
        {approved ? <Outlet /> : <PendingApproval user={user} />}
      </div>
    </>
  )
}

export function ErrorBoundary() {
  return <PortalErrorBoundary container="container portal__page" />
}
