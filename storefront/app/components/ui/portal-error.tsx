import { useTranslation } from "react-i18next"
import type { Portal } from "#app/lib/portal/portals.ts"
import { isRouteErrorResponse, Link, useLocation, useRouteError } from "react-router"

/**
 * A portal page that failed: a 400 (its address holds characters the API refuses), a 404
 * (something not this person's, or gone), the backend down (502–504: retry), or anything else
 * (logged). The portal's bar stays above it; the way back is the portal's home. Texts are the
 * portal's own `errorPage.*` keys.
 */
export function PortalError({
  ns,
  className,
  home,
}: {
  ns: Portal["ns"]
  /** The portal's prefix for its panel and actions styles. */
  className: "portal" | "staff"
  home: { to: string; label: "errorPage.dashboard" | "errorPage.home" }
}) {
  const error = useRouteError()
  const t = useTranslation(ns).t as (key: string) => string
  const location = useLocation()
  const status = isRouteErrorResponse(error) ? error.status : 500
  if (!isRouteErrorResponse(error)) console.error(error)
  const kind =
    status === 400
      ? "badRequest"
      : status === 404
        ? "notFound"
        : status >= 502 && status <= 504
          ? "unavailable"
          : "unexpected"
  return (
    <div className={`${className}-panel`} role="alert">
      <h1>{t(`errorPage.${kind}.title`)}</h1>
      <p>{t(`errorPage.${kind}.text`)}</p>
      <p className={`${className}-actions`}>
        {kind === "notFound" || kind === "badRequest" ? null : (
          <a className="button" href={location.pathname + location.search}>
            {t("errorPage.retry")}
          </a>
        )}
        <Link to={home.to}>{t(home.label)}</Link>
      </p>
    </div>
  )
}
