import { PortalError } from "#app/components/ui/portal-error.tsx"
import { staffPath, staffPaths } from "#app/lib/staff/paths.ts"
import { useLocale } from "#app/lib/i18n/use-locale.ts"

/** A staff page that failed (a place this person does not work at, the backend down…). */
export function StaffErrorBoundary() {
  const to = staffPath(staffPaths.home, useLocale())
  return <PortalError ns="staff" className="staff" home={{ to, label: "errorPage.home" }} />
}
