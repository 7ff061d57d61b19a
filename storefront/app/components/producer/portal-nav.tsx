import { useTranslation } from "react-i18next"
import { Form, NavLink } from "react-router"
import { portalPath, portalPaths } from "#app/lib/producer/paths.ts"
import { useLocale } from "#app/lib/i18n/use-locale.ts"

/**
 * The portal's own bar under the site header: who is signed in, the portal's sections (once
 * approved) and signing out. The links wrap onto a second row on a phone.
 */
export function PortalNav({
  name,
  producerName,
  approved,
}: {
  name: string
  producerName: string | null
  approved: boolean
}) {
  const { t } = useTranslation("producer")
  const locale = useLocale()
  const links = [
    { to: portalPaths.dashboard, label: t("nav.dashboard"), end: true },
    { to: portalPaths.products, label: t("nav.products"), end: false },
    { to: portalPaths.stock, label: t("nav.stock"), end: true },
    { to: portalPaths.orders, label: t("nav.orders"), end: true },
    { to: portalPaths.statements, label: t("nav.statements"), end: true },
    { to: portalPaths.fairs, label: t("nav.fairs"), end: true },
  ]
  return (
    <div className="portal-bar">
      <div className="container portal-bar__inner">
        <p className="portal-bar__who">
          <span className="portal-bar__portal">{t("portal.name")}</span>
          <span>
            {producerName ? t("nav.signedInFor", { name, producer: producerName }) : name}
          </span>
        </p>
        <nav aria-label={t("nav.label")}>
          <ul className="portal-nav">
            {approved
              ? links.map((link) => (
                  <li key={link.to}>
                    <NavLink to={portalPath(link.to, locale)} end={link.end}>
                      {link.label}
                    </NavLink>
                  </li>
                ))
              : null}
            <li>
              <Form method="post" action={portalPath(portalPaths.logout, locale)}>
                <button type="submit" className="portal-link-button">
                  {t("nav.logout")}
                </button>
              </Form>
            </li>
          </ul>
        </nav>
      </div>
    </div>
  )
}
