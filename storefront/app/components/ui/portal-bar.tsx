import { useTranslation } from "react-i18next"
import { Form, Link } from "react-router"
import { localizePath } from "#app/lib/i18n/i18n.ts"
import { portalHome, type Portal } from "#app/lib/portal/portals.ts"
import { useLocale } from "#app/lib/i18n/use-locale.ts"

/**
 * A portal's bar under the site header, in the staff styles: who is signed in, the portal's home
 * and signing out (`<home>/logout`). Texts are the portal's own `portal.name` and `nav.logout`.
 */
export function PortalBar({ portal, name }: { portal: Portal; name: string }) {
  const t = useTranslation(portal.ns).t as (key: string) => string
  const locale = useLocale()
  return (
    <div className="staff-bar">
      <div className="container staff-bar__inner">
        <p className="staff-bar__who">
          <Link className="staff-bar__portal" to={portalHome(portal, locale)}>
            {t("portal.name")}
          </Link>
          <span>{name}</span>
        </p>
        <Form method="post" action={localizePath(`${portal.home}/logout`, locale)}>
          <button type="submit" className="staff-link-button">
            {t("nav.logout")}
          </button>
        </Form>
      </div>
    </div>
  )
}
