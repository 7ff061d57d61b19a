import { useTranslation } from "react-i18next"
import { Link, NavLink, useLocation } from "react-router"
import { switchLocalePath, type Locale } from "#app/lib/i18n/i18n.ts"
import { useLocale, useLocalizePath } from "#app/lib/i18n/use-locale.ts"

export function SiteHeader({
  cartCount,
  signedIn,
}: {
  /** Null when the cart could not be read. */
  cartCount: number | null
  signedIn: boolean
}) {
  const { t } = useTranslation()
  const locale = useLocale()
  const localizePath = useLocalizePath()
  const location = useLocation()
  const other: Locale = locale === "vi" ? "en" : "vi"
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link className="logo" to={localizePath("/")} aria-label={t("nav.home")}>
          <span aria-hidden="true">{t("brand")}</span>
        </Link>
        <nav aria-label={t("nav.label")}>
          <ul className="site-nav">
            <li>
              <NavLink to={localizePath("/products")} end>
                {t("nav.products")}
              </NavLink>
            </li>
            <li>
              <NavLink to={localizePath("/places")}>{t("nav.places")}</NavLink>
            </li>
            <li>
              <NavLink to={localizePath("/fairs")}>{t("nav.fairs")}</NavLink>
            </li>
            <li>
              <NavLink to={localizePath(signedIn ? "/account" : "/login")}>
                {signedIn ? t("nav.account") : t("nav.login")}
              </NavLink>
            </li>
            <li>
              <NavLink to={localizePath("/cart")}>
                {cartCount ? t("nav.cartCount", { count: cartCount }) : t("nav.cart")}
              </NavLink>
            </li>
            <li>
              <a
                href={switchLocalePath(location.pathname, other) + location.search}
                hrefLang={other}
                lang={other}
              >
                {t("nav.switchLanguage")}
              </a>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  )
}
