import { PortalError } from "#app/components/ui/portal-error.tsx"
import { portalPath, portalPaths } from "#app/lib/producer/paths.ts"
import { useLocale } from "#app/lib/i18n/use-locale.ts"

/**
 * A producer portal page that failed (a product not this producer's, the backend down…);
 * outside the portal's page frame, inside `container` (the pages' own wrapper).
 */
export function PortalErrorBoundary({ container }: { container?: string }) {
  const to = portalPath(portalPaths.dashboard, useLocale())
  const error = (
    <PortalError ns="producer" className="portal" home={{ to, label: "errorPage.dashboard" }} />
  )
  return container ? <div className={container}>{error}</div> : error
}
