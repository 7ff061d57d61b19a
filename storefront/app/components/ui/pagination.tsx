import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { paginationItems } from "#app/lib/catalogue/pagination.ts"

/** Plain links, so every page of results is reachable without JavaScript. */
export function Pagination({
  page,
  pageCount,
  hrefFor,
}: {
  page: number
  pageCount: number
  hrefFor: (page: number) => string
}) {
  const { t } = useTranslation()
  if (pageCount <= 1) return null
  return (
    <nav className="pagination" aria-label={t("pagination.label")}>
      <ul>
        {page > 1 ? (
          <li>
            <Link to={hrefFor(page - 1)} rel="prev">
              {t("pagination.previous")}
            </Link>
          </li>
        ) : null}
        {paginationItems(page, pageCount).map((item) =>
          item.kind === "gap" ? (
            <li key={item.key} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={item.page}>
              <Link
                to={hrefFor(item.page)}
                aria-label={t("pagination.page", { page: item.page })}
                aria-current={item.page === page ? "page" : undefined}
              >
                {item.page}
              </Link>
            </li>
          ),
        )}
        {page < pageCount ? (
          <li>
            <Link to={hrefFor(page + 1)} rel="next">
              {t("pagination.next")}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}
