import { useTranslation } from "react-i18next"

export function SiteFooter() {
  const { t } = useTranslation()
  return (
    <footer className="site-footer">
      <div className="container">
        <p className="site-footer__brand">{t("brand")}</p>
        <p>{t("footer.about")}</p>
        <p>{t("footer.verifyHint")}</p>
      </div>
    </footer>
  )
}
