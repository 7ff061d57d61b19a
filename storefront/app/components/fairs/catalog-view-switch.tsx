import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import type { CatalogView } from "#app/lib/fairs/catalogue.ts"

/** Plain links (`?view=groups`), so switching works without JavaScript and can be shared. */
export function CatalogViewSwitch({ path, view }: { path: string; view: CatalogView }) {
  const { t } = useTranslation("fairs")
  const views = [
    { view: "booths", href: path, label: t("fair.byBooth") },
    { view: "groups", href: `${path}?view=groups`, label: t("fair.byGroup") },
  ] as const
  return (
    <nav className="view-switch" aria-label={t("fair.viewLabel")}>
      <ul>
        {views.map((option) => (
          <li key={option.view}>
            <Link
              to={option.href}
              aria-current={option.view === view ? "page" : undefined}
              preventScrollReset
              replace
            >
              {option.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
