import { useTranslation } from "react-i18next"
import { Form, Link } from "react-router"
import type { Route } from "./+types/orders"
import { StaffErrorBoundary } from "#app/components/staff/error-boundary.tsx"
import { HistoryPages } from "#app/components/staff/history-pages.tsx"
import { DataTable, numberColumn } from "#app/components/ui/data-table.tsx"
import { EmptyState } from "#app/components/ui/empty-state.tsx"
import { formatDateTime } from "#app/lib/i18n/format.ts"
import { portalMeta } from "#app/lib/portal/meta.ts"
import { listPlaceOrders } from "#app/lib/staff/api.server.ts"
import { readHistoryPage } from "#app/lib/staff/history.server.ts"
import { statusFilter } from "#app/lib/staff/orders.ts"
import { placeOrderPath } from "#app/lib/staff/paths.ts"
import { ORDER_ASSIGNMENT_STATUSES } from "@ocop/shared"
import { useLocale } from "#app/lib/i18n/use-locale.ts"

export const meta: Route.MetaFunction = ({ loaderData }) => portalMeta(loaderData?.seo)

/** The place's online orders, newest first, optionally of one status. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const status = statusFilter(new URL(request.url))
  const { result, ...history } = await readHistoryPage(
    { context, request },
    "orders",
    (token, window, signal) =>
      listPlaceOrders(token, params.placeId, { status, ...window }, signal),
  )
  return { ...history, orders: result.orders, status: status ?? "" }
}

export default function Orders({
  loaderData: { orders, status, page, pageCount },
  params,
}: Route.ComponentProps) {
  const { t } = useTranslation("staff")
  const locale = useLocale()
  const query = (to: number) =>
    `?${new URLSearchParams({ ...(status ? { status } : {}), page: String(to) })}`
  return (
    <>
      <h1>{t("orders.title")}</h1>
      <Form method="get" className="staff-filter">
        <label htmlFor="orders-status">{t("orders.filter")}</label>
        <select id="orders-status" name="status" defaultValue={status}>
          <option value="">{t("orders.all")}</option>
          {ORDER_ASSIGNMENT_STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`orders.status.${value}`)}
            </option>
          ))}
        </select>
        <button type="submit" className="button button--secondary">
          {t("orders.show")}
        </button>
      </Form>
      {orders.length ? (
        <DataTable
          caption={t("orders.caption")}
          columns={[
            t("orders.number"),
            t("orders.date"),
            t("orders.kind"),
            t("orders.statusLabel"),
            t("orders.customer"),
            numberColumn(t("orders.units")),
          ]}
        >
          {orders.map((order) => (
            <tr key={order.id}>
              <th scope="row">
                <Link to={placeOrderPath(params.placeId, order.id, locale)}>
                  {t("orders.link", { number: order.display_id ?? "—" })}
                </Link>
              </th>
              <td>{formatDateTime(order.created_at, locale, "short")}</td>
              <td>{t(`orders.kinds.${order.kind}`)}</td>
              <td>
                <span className={`staff-badge staff-badge--${order.status}`}>
                  {t(`orders.status.${order.status}`)}
                </span>
              </td>
              <td>{order.customer.name ?? order.customer.email ?? "—"}</td>
              <td className="staff-table__number">
                {order.items.reduce((sum, item) => sum + item.quantity, 0)}
              </td>
            </tr>
          ))}
        </DataTable>
      ) : (
        <EmptyState title={t("orders.empty")} description={t("orders.emptyText")} />
      )}
      {pageCount > 1 ? (
        <HistoryPages section="orders" page={page} pageCount={pageCount} hrefFor={query} />
      ) : null}
    </>
  )
}

export function ErrorBoundary() {
  return <StaffErrorBoundary />
}
