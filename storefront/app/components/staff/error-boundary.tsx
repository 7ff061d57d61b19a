import { PortalError } from "#app/components/ui/portal-error.tsx"
import { staffPath, staffPaths } from "#app/lib/staff/paths.ts"
import { useLocale } from "#app/lib/i18n/use-locale.ts"

/**
 * A staff page that failed (a place this person does not work at, the backend down…); outside
 * the portal's page frame, inside `container` (the pages' own wrapper).
 */
export function StaffErrorBoundary({ container }: { container?: string }) {
  const to = staffPath(staffPaths.home, useLocale())
  const error = <PortalError ns="staff" className="staff" home={{ to, label: "errorPage.home" }} />
  return container ? <div className={container}>{error}</div> : error
}
