import { useTranslation } from "react-i18next"
import { Form, Link } from "react-router"
import type { Portal } from "#app/lib/portal/portals.ts"

/**
 * A portal's bar under the site header, in the staff styles: who is signed in, the portal's home
 * and signing out. Texts are the portal's own `portal.name` and `nav.logout` keys.
 */
export function PortalBar({
  ns,
  name,
  home,
  logout,
}: {
  ns: Portal["ns"]
  name: string
  home: string
  logout: string
}) {
  const t = useTranslation(ns).t as (key: string) => string
  return (
    <div className="staff-bar">
      <div className="container staff-bar__inner">
        <p className="staff-bar__who">
          <Link className="staff-bar__portal" to={home}>
            {t("portal.name")}
          </Link>
          <span>{name}</span>
        </p>
        <Form method="post" action={logout}>
          <button type="submit" className="staff-link-button">
            {t("nav.logout")}
          </button>
        </Form>
      </div>
    </div>
  )
}
