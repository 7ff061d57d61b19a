import type { Route } from "./+types/claim"
import { OrganizerErrorBoundary } from "#app/components/organizer/error-boundary.tsx"
import { PortalClaim } from "#app/components/ui/portal-claim.tsx"
import { claimAccount, logIn } from "#app/lib/organizer/api.server.ts"
import { organizerSession } from "#app/lib/organizer/session.server.ts"
import { claimAction, claimLoader, type ClaimDoor } from "#app/lib/portal/claim.server.ts"
import { portalMeta } from "#app/lib/portal/meta.ts"
import { organizerPortal } from "#app/lib/portal/portals.ts"

const door: ClaimDoor = {
  portal: organizerPortal,
  session: organizerSession,
  claim: claimAccount,
  logIn,
}

export const meta: Route.MetaFunction = ({ loaderData }) => portalMeta(loaderData?.seo)

export function loader(args: Route.LoaderArgs) {
  return claimLoader(door, args)
}

/** Claims the organiser account an officer opened, with the invitation's token (portal kit). */
export function action(args: Route.ActionArgs) {
  return claimAction(door, args)
}

export default function Claim({ loaderData, actionData }: Route.ComponentProps) {
  return <PortalClaim portal={organizerPortal} token={loaderData.token} claimed={actionData} />
}

export const ErrorBoundary = OrganizerErrorBoundary
