import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import type { Route } from "./+types/receipts"
import { StaffErrorBoundary } from "#app/components/staff/error-boundary.tsx"
import { HistoryPages } from "#app/components/staff/history-pages.tsx"
import { DataTable, numberColumn } from "#app/components/ui/data-table.tsx"
import { EmptyState } from "#app/components/ui/empty-state.tsx"
import { formatDateTime, formatVnd } from "#app/lib/i18n/format.ts"
import { getLocale } from "#app/lib/i18n/i18n.server.ts"
import { portalMeta } from "#app/lib/portal/meta.ts"
import { listCounterSales } from "#app/lib/staff/api.server.ts"
import { staffCall, staffToken } from "#app/lib/staff/auth.server.ts"
import { staffSeo, staffT } from "#app/lib/staff/meta.server.ts"
import { pageNumber } from "#app/lib/staff/movements.ts"
import { receiptPath } from "#app/lib/staff/paths.ts"
import type { CounterSale } from "#app/lib/staff/types.ts"
import { useLocale } from "#app/lib/i18n/use-locale.ts"

export const meta: Route.MetaFunction = ({ loaderData }) => portalMeta(loaderData?.seo)

const receiptsPerPage = 20

/** The place's counter sales, newest first, each opening its printable receipt. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const locale = getLocale(context)
  const token = staffToken(context)
  const page = pageNumber(new URL(request.url))
  const sales = await staffCall(request, locale, () =>
    listCounterSales(
      token,
      params.placeId,
      { limit: receiptsPerPage, offset: (page - 1) * receiptsPerPage },
      request.signal,
    ),
  )
  return {
    seo: staffSeo(context, staffT(context)("receipts.title")),
    sales: sales.counter_sales,
    page,
    pageCount: Math.max(1, Math.ceil(sales.count / receiptsPerPage)),
  }
}

export default function Receipts({ loaderData: { sales, page, pageCount } }: Route.ComponentProps) {
  const { t } = useTranslation("staff")
  return (
    <>
      <h1>{t("receipts.title")}</h1>
      {sales.length ? (
        <>
          <DataTable
            caption={t("receipts.caption")}
            columns={[
              t("receipts.receipt"),
              t("receipts.when"),
              t("receipts.payment"),
              t("receipts.staff"),
              numberColumn(t("receipts.total")),
            ]}
          >
            {sales.map((sale) => (
              <SaleRow key={sale.id} sale={sale} />
            ))}
          </DataTable>
          <HistoryPages section="receipts" page={page} pageCount={pageCount} />
        </>
      ) : (
        <EmptyState title={t("receipts.empty")} description={t("receipts.emptyText")} />
      )}
    </>
  )
}

function SaleRow({ sale }: { sale: CounterSale }) {
  const { t } = useTranslation("staff")
  const locale = useLocale()
  const when = formatDateTime(sale.created_at, locale, "short")
  const units = sale.items.reduce((sum, item) => sum + item.quantity, 0)
  return (
    <tr>
      <th scope="row">
        <Link to={receiptPath(sale.place.id, sale.id, locale)}>
          {t("receipts.number", { number: sale.display_id ?? sale.id })}
        </Link>
        <span className="staff-table__sub">{t("receipts.units", { count: units })}</span>
      </th>
      <td>{when}</td>
      <td>{t(`payment.${sale.payment_method}`)}</td>
      <td className="staff-table__wrap">
        {sale.staff ? (sale.staff.name ?? sale.staff.email) : "—"}
      </td>
      <td className="staff-table__number">
        {formatVnd(sale.total, locale)}
        {sale.refunded_total ? (
          <span className="staff-table__sub">
            {t("receipts.refunded", { amount: formatVnd(sale.refunded_total, locale) })}
          </span>
        ) : null}
      </td>
    </tr>
  )
}

export function ErrorBoundary() {
  return <StaffErrorBoundary />
}
