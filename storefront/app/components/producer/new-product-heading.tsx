import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { portalPath, portalPaths } from "#app/lib/producer/paths.ts"
import { useLocale } from "#app/lib/i18n/use-locale.ts"

/** A producer page's title with the "new product" button beside it (dashboard, products). */
export function NewProductHeading({ title }: { title: string }) {
  const { t } = useTranslation("producer")
  const locale = useLocale()
  return (
    <div className="portal-heading">
      <h1>{title}</h1>
      <Link className="button" to={portalPath(portalPaths.newProduct, locale)}>
        {t("products.new")}
      </Link>
    </div>
  )
}
