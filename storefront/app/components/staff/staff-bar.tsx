import { useTranslation } from "react-i18next"
import { Form, Link } from "react-router"
import { staffPath, staffPaths } from "#app/lib/staff/paths.ts"
import { useLocale } from "#app/lib/i18n/use-locale.ts"

/** The portal's bar under the site header: who is signed in, the places list, signing out. */
export function StaffBar({ name }: { name: string }) {
  const { t } = useTranslation("staff")
  const locale = useLocale()
  return (
    <div className="staff-bar">
      <div className="container staff-bar__inner">
        <p className="staff-bar__who">
          <Link className="staff-bar__portal" to={staffPath(staffPaths.home, locale)}>
            {t("portal.name")}
          </Link>
          <span>{name}</span>
        </p>
        <Form method="post" action={staffPath(staffPaths.logout, locale)}>
          <button type="submit" className="staff-link-button">
            {t("nav.logout")}
          </button>
        </Form>
      </div>
    </div>
  )
}
