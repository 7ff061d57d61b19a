import { useLocation } from "react-router"
import { OrganizerErrorBoundary } from "#app/components/organizer/error-boundary.tsx"
import { PortalErrorBoundary } from "#app/components/producer/portal-error-boundary.tsx"
import { StaffErrorBoundary } from "#app/components/staff/error-boundary.tsx"
import { portalAt } from "#app/lib/portal/portals.ts"

/**
 * A page every portal has alike (login, claim) that failed, outside the portal's page frame:
 * the error page of the portal it is mounted below.
 */
export function PortalPageErrorBoundary() {
  const { ns } = portalAt(useLocation().pathname)
  if (ns === "organizer") return <OrganizerErrorBoundary />
  if (ns === "staff") return <StaffErrorBoundary container="container" />
  return <PortalErrorBoundary container="container" />
}
