import { PortalError } from "#app/components/ui/portal-error.tsx"
import { portalPath, portalPaths } from "#app/lib/producer/paths.ts"
import { useLocale } from "#app/lib/i18n/use-locale.ts"

/** A producer portal page that failed (a product not this producer's, the backend down…). */
export function PortalErrorBoundary() {
  const to = portalPath(portalPaths.dashboard, useLocale())
  return (
    <PortalError ns="producer" className="portal" home={{ to, label: "errorPage.dashboard" }} />
  )
}
