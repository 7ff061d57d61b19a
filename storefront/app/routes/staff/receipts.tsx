import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import type { Route } from "./+types/receipts"
import { StaffErrorBoundary } from "#app/components/staff/error-boundary.tsx"
import { HistoryTable } from "#app/components/staff/history-pages.tsx"
import { numberColumn } from "#app/components/ui/data-table.tsx"
import { formatDateTime, formatVnd } from "#app/lib/i18n/format.ts"
import { portalMeta } from "#app/lib/portal/meta.ts"
import { listCounterSales } from "#app/lib/staff/api.server.ts"
import { readHistoryPage } from "#app/lib/staff/history.server.ts"
import { receiptPath } from "#app/lib/staff/paths.ts"
import type { CounterSale } from "#app/lib/staff/types.ts"
import { useLocale } from "#app/lib/i18n/use-locale.ts"

export const meta: Route.MetaFunction = ({ loaderData }) => portalMeta(loaderData?.seo)

/** The place's counter sales, newest first, each opening its printable receipt. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const { result, ...history } = await readHistoryPage(
    { context, request },
    "receipts",
    (token, window, signal) => listCounterSales(token, params.placeId, window, signal),
  )
  return { ...history, sales: result.counter_sales }
}

export default function Receipts({ loaderData: { sales, page, pageCount } }: Route.ComponentProps) {
  const { t } = useTranslation("staff")
  return (
    <>
      <h1>{t("receipts.title")}</h1>
      <HistoryTable
        section="receipts"
        columns={[
          t("receipts.receipt"),
          t("receipts.when"),
          t("receipts.payment"),
          t("receipts.staff"),
          numberColumn(t("receipts.total")),
        ]}
        rows={sales}
        row={(sale) => <SaleRow key={sale.id} sale={sale} />}
        page={page}
        pageCount={pageCount}
      />
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
