import { useTranslation } from "react-i18next"
import { isRouteErrorResponse, Link, useLocation, useRouteError } from "react-router"
import { portalPath, portalPaths } from "#app/lib/producer-paths.ts"
import { useLocale } from "#app/lib/use-locale.ts"

/**
 * A portal page that failed: a 404 (a product that is not this producer's, or no longer exists),
 * the backend down (502, retry), or anything else. The portal's bar stays above it.
 */
export function PortalErrorBoundary() {
  const error = useRouteError()
  const { t } = useTranslation("producer")
  const locale = useLocale()
  const location = useLocation()
  const status = isRouteErrorResponse(error) ? error.status : 500
  if (!isRouteErrorResponse(error)) console.error(error)
  const kind =
    status === 404 ? "notFound" : status >= 502 && status <= 504 ? "unavailable" : "unexpected"
  return (
    <div className="portal-panel" role="alert">
      <h1>{t(`errorPage.${kind}.title`)}</h1>
      <p>{t(`errorPage.${kind}.text`)}</p>
      <p className="portal-actions">
        {kind === "notFound" ? null : (
          <a className="button" href={location.pathname + location.search}>
            {t("errorPage.retry")}
          </a>
        )}
        <Link to={portalPath(portalPaths.dashboard, locale)}>{t("errorPage.dashboard")}</Link>
      </p>
    </div>
  )
}
