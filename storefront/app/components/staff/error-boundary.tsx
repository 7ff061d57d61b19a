import { useTranslation } from "react-i18next"
import { isRouteErrorResponse, Link, useLocation, useRouteError } from "react-router"
import { staffPath, staffPaths } from "#app/lib/staff-paths.ts"
import { useLocale } from "#app/lib/use-locale.ts"

/**
 * A staff page that failed: a 404 (a place this person does not work at, a receipt that is not
 * on this device), the backend down (502, retry), or anything else. The staff bar stays above.
 */
export function StaffErrorBoundary() {
  const error = useRouteError()
  const { t } = useTranslation("staff")
  const locale = useLocale()
  const location = useLocation()
  const status = isRouteErrorResponse(error) ? error.status : 500
  if (!isRouteErrorResponse(error)) console.error(error)
  const kind =
    status === 404 ? "notFound" : status >= 502 && status <= 504 ? "unavailable" : "unexpected"
  return (
    <div className="staff-panel" role="alert">
      <h1>{t(`errorPage.${kind}.title`)}</h1>
      <p>{t(`errorPage.${kind}.text`)}</p>
      <p className="staff-actions">
        {kind === "notFound" ? null : (
          <a className="button" href={location.pathname + location.search}>
            {t("errorPage.retry")}
          </a>
        )}
        <Link to={staffPath(staffPaths.home, locale)}>{t("errorPage.home")}</Link>
      </p>
    </div>
  )
}
