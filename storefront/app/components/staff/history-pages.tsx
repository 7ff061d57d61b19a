import { useTranslation } from "react-i18next"
import { Link } from "react-router"

/**
 * Newer/older links of a staff history (movements, receipts). `section` names the translation
 * keys of the page: `<section>.pages`, `.newer`, `.page` and `.older`.
 */
export function HistoryPages({
  section,
  page,
  pageCount,
}: {
  section: "movements" | "receipts" | "shifts"
  page: number
  pageCount: number
}) {
  const { t } = useTranslation("staff")
  return (
    <nav className="staff-pages" aria-label={t(`${section}.pages`)}>
      {page > 1 ? (
        <Link to={`?page=${page - 1}`} rel="prev">
          {t(`${section}.newer`)}
        </Link>
      ) : null}
      <span>{t(`${section}.page`, { page, total: pageCount })}</span>
      {page < pageCount ? (
        <Link to={`?page=${page + 1}`} rel="next">
          {t(`${section}.older`)}
        </Link>
      ) : null}
    </nav>
  )
}
