import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { DataTable, type Column } from "#app/components/ui/data-table.tsx"
import { EmptyState } from "#app/components/ui/empty-state.tsx"
import type { HistorySection } from "#app/lib/staff/movements.ts"

/**
 * Newer/older links of a staff history (movements, receipts, shifts, orders). `section` names
 * the translation keys of the page: `<section>.pages`, `.newer`, `.page` and `.older`. The
 * links go to `?page=N` unless `hrefFor` keeps more of the query (a filter).
 */
export function HistoryPages({
  section,
  page,
  pageCount,
  hrefFor = (to) => `?page=${to}`,
}: {
  section: HistorySection
  page: number
  pageCount: number
  hrefFor?: (page: number) => string
}) {
  const { t } = useTranslation("staff")
  return (
    <nav className="staff-pages" aria-label={t(`${section}.pages`)}>
      {page > 1 ? (
        <Link to={hrefFor(page - 1)} rel="prev">
          {t(`${section}.newer`)}
        </Link>
      ) : null}
      <span>{t(`${section}.page`, { page, total: pageCount })}</span>
      {page < pageCount ? (
        <Link to={hrefFor(page + 1)} rel="next">
          {t(`${section}.older`)}
        </Link>
      ) : null}
    </nav>
  )
}

/**
 * A staff history's table (caption `<section>.caption`) with its newer/older links under it,
 * or, with no rows yet, the section's empty state (`<section>.empty` and `.emptyText`).
 */
export function HistoryTable<T>({
  section,
  columns,
  rows,
  row,
  page,
  pageCount,
}: {
  section: Exclude<HistorySection, "orders">
  columns: Column[]
  rows: T[]
  row: (item: T) => ReactNode
  page: number
  pageCount: number
}) {
  const { t } = useTranslation("staff")
  if (!rows.length) {
    return <EmptyState title={t(`${section}.empty`)} description={t(`${section}.emptyText`)} />
  }
  return (
    <>
      <DataTable caption={t(`${section}.caption`)} columns={columns}>
        {rows.map(row)}
      </DataTable>
      <HistoryPages section={section} page={page} pageCount={pageCount} />
    </>
  )
}
