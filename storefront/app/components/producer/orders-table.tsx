import { useTranslation } from "react-i18next"
import { DataTable, numberColumn } from "#app/components/ui/data-table.tsx"
import { formatDate, formatVnd } from "#app/lib/i18n/format.ts"
import type { ProducerOrder } from "@ocop/shared"
import { useLocale } from "#app/lib/i18n/use-locale.ts"

const orderStatuses = [
  "pending",
  "completed",
  "canceled",
  "draft",
  "archived",
  "requires_action",
] as const
type OrderStatus = (typeof orderStatuses)[number]

function isOrderStatus(status: string): status is OrderStatus {
  return orderStatuses.some((known) => known === status)
}

/**
 * Orders holding the producer's products, one row each: the order (number, date, status),
 * where it goes (the province), their own lines and what those come to — four columns, so it
 * reads on a phone without scrolling sideways. No shopper's name or contact data: the API has
 * none to give.
 */
export function OrdersTable({ orders, caption }: { orders: ProducerOrder[]; caption: string }) {
  const { t } = useTranslation("producer")
  const locale = useLocale()
  return (
    <DataTable
      variant="portal"
      caption={caption}
      columns={[
        t("orders.order"),
        t("orders.deliveredTo"),
        t("orders.product"),
        numberColumn(t("orders.total")),
      ]}
    >
      {orders.map((order) => (
        <tr key={order.display_id}>
          <th scope="row">
            <span className="portal-table__main">
              {t("orders.number", { number: order.display_id })}
            </span>
            <span className="portal-table__sub">{formatDate(order.created_at, locale)}</span>
            <span className="portal-table__sub">
              {isOrderStatus(order.status) ? t(`orders.status.${order.status}`) : order.status}
            </span>
          </th>
          <td>
            <span className="portal-table__main">{order.province ?? t("orders.noProvince")}</span>
            {order.served_from.length ? (
              <span className="portal-table__sub">
                {t("orders.servedFrom", { places: order.served_from.join(", ") })}
              </span>
            ) : null}
          </td>
          <td>
            <ul className="portal-lines">
              {order.lines.map((line) => (
                <li key={`${line.variant_id ?? line.product_id}-${line.unit_price}`}>
                  <span className="portal-table__main">
                    {t("orders.line", { title: line.title, quantity: line.quantity })}
                  </span>
                  <span className="portal-table__sub">
                    {line.variant_title ? `${line.variant_title} · ` : ""}
                    {t("orders.each", { price: formatVnd(line.unit_price, locale) })}
                  </span>
                </li>
              ))}
            </ul>
          </td>
          <td className="portal-table__number">
            {formatVnd(
              order.lines.reduce((sum, line) => sum + line.total, 0),
              locale,
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  )
}
