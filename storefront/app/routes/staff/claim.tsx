import type { Route } from "./+types/claim"
import { StaffErrorBoundary } from "#app/components/staff/error-boundary.tsx"
import { PortalClaim } from "#app/components/ui/portal-claim.tsx"
import { claimAction, claimLoader, type ClaimDoor } from "#app/lib/portal/claim.server.ts"
import { portalMeta } from "#app/lib/portal/meta.ts"
import { staffPortal } from "#app/lib/portal/portals.ts"
import { claimAccount, logIn } from "#app/lib/staff/api.server.ts"
import { staffSession } from "#app/lib/staff/session.server.ts"

const door: ClaimDoor = { portal: staffPortal, session: staffSession, claim: claimAccount, logIn }

export const meta: Route.MetaFunction = ({ loaderData }) => portalMeta(loaderData?.seo)

export function loader(args: Route.LoaderArgs) {
  return claimLoader(door, args)
}

/** Claims the staff account a programme officer opened, with the invitation's token (portal kit). */
export function action(args: Route.ActionArgs) {
  return claimAction(door, args)
}

export default function Claim({ loaderData, actionData }: Route.ComponentProps) {
  return <PortalClaim portal={staffPortal} token={loaderData.token} claimed={actionData} />
}

export function ErrorBoundary() {
  return <StaffErrorBoundary container="container" />
}
