import { PortalError } from "#app/components/ui/portal-error.tsx"
import { organizerPath, organizerPaths } from "#app/lib/organizer/paths.ts"
import { useLocale } from "#app/lib/i18n/use-locale.ts"

/** An organiser page that failed (another organiser's fair, the backend down…). */
export function OrganizerErrorBoundary() {
  const to = organizerPath(organizerPaths.home, useLocale())
  return (
    <div className="container staff__page">
      <PortalError ns="organizer" className="staff" home={{ to, label: "errorPage.home" }} />
    </div>
  )
}
