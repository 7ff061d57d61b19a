import type { Route } from "./+types/claim"
import { PortalPageErrorBoundary } from "#app/components/portal/error-boundary.tsx"
import { PortalClaim } from "#app/components/ui/portal-claim.tsx"
import { claimAction, claimLoader } from "#app/lib/portal/claim.server.ts"
import { claimDoorOf } from "#app/lib/portal/doors-by-portal.server.ts"
import { portalMeta } from "#app/lib/portal/meta.ts"
import { portals } from "#app/lib/portal/portals.ts"

/*
 * The invitation claim page of the portals whose accounts a programme officer opens (staff,
 * organisers), mounted below each in routes.ts: the portal is the one the page is below.
 */

export const meta: Route.MetaFunction = ({ loaderData }) => portalMeta(loaderData?.seo)

export function loader(args: Route.LoaderArgs) {
  return claimLoader(claimDoorOf(args.request), args)
}

/** Claims the account an officer opened, with the invitation's token (portal kit). */
export function action(args: Route.ActionArgs) {
  return claimAction(claimDoorOf(args.request), args)
}

export default function Claim({ loaderData, actionData }: Route.ComponentProps) {
  const portal = portals[loaderData.ns]
  return <PortalClaim portal={portal} token={loaderData.token} claimed={actionData} />
}

export const ErrorBoundary = PortalPageErrorBoundary
