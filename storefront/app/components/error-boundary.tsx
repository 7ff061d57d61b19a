import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { isRouteErrorResponse, Link, useLocation, useRouteError } from "react-router"
import { useLocalizePath } from "#app/lib/i18n/use-locale.ts"

type ErrorText = { title: string; description: string }

/**
 * The page shown when a route throws: a 404 says what is missing, a 400 that the address
 * holds characters the shop refuses (a search with a control character), a backend failure
 * (502) asks to retry, anything else is a generic error. Routes pass their own 404 text.
 */
export function GeneralErrorBoundary({ notFound }: { notFound?: ErrorText }) {
  const error = useRouteError()
  const { t } = useTranslation()
  const location = useLocation()
  const localizePath = useLocalizePath()

  let text: ErrorText
  let retry: ReactNode = null
  if (isRouteErrorResponse(error) && error.status === 404) {
    text = notFound ?? {
      title: t("errors.notFoundTitle"),
      description: t("errors.notFoundDescription"),
    }
  } else if (isRouteErrorResponse(error) && error.status === 400) {
    text = { title: t("errors.badRequestTitle"), description: t("errors.badRequestDescription") }
  } else {
    if (!isRouteErrorResponse(error)) console.error(error)
    const unavailable = isRouteErrorResponse(error) && error.status >= 502 && error.status <= 504
    text = unavailable
      ? { title: t("errors.unavailableTitle"), description: t("errors.unavailableDescription") }
      : { title: t("errors.unexpectedTitle"), description: t("errors.unexpectedDescription") }
    retry = (
      <a className="button" href={location.pathname + location.search}>
        {t("errors.retry")}
      </a>
    )
  }

  return (
    <div className="error-page container">
      <title>{t("meta.title", { title: text.title })}</title>
      <h1>{text.title}</h1>
      <p>{text.description}</p>
      <p className="error-page__actions">
        {retry}
        <Link to={localizePath("/")}>{t("errors.backHome")}</Link>
      </p>
    </div>
  )
}

/** The error boundary of a shop page whose 404 says `<page>.notFoundTitle` and …Description. */
export function PageErrorBoundary({ page }: { page: "product" | "producer" }) {
  const { t } = useTranslation()
  return (
    <GeneralErrorBoundary
      notFound={{
        title: t(`${page}.notFoundTitle`),
        description: t(`${page}.notFoundDescription`),
      }}
    />
  )
}
