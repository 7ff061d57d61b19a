import { useTranslation } from "react-i18next"
import { formatDate, formatVnd } from "#app/lib/format.ts"
import type { OrderLine } from "#app/lib/producer-types.ts"
import { useLocale } from "#app/lib/use-locale.ts"

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
 * The producer's lines of shoppers' orders — what sold, how many, for how much — in four
 * columns, so it reads on a phone without scrolling sideways.
 */
export function OrderLinesTable({ lines, caption }: { lines: OrderLine[]; caption: string }) {
  const { t } = useTranslation("producer")
  const locale = useLocale()
  return (
    <div className="portal-table-wrap">
      <table className="portal-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("orders.order")}</th>
            <th scope="col">{t("orders.product")}</th>
            <th scope="col" className="portal-table__number">
              {t("orders.quantity")}
            </th>
            <th scope="col" className="portal-table__number">
              {t("orders.total")}
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.id}>
              <td>
                <span className="portal-table__main">
                  {line.order
                    ? t("orders.number", { number: line.order.display_id })
                    : t("orders.unknown")}
                </span>
                <span className="portal-table__sub">
                  {formatDate(line.order?.created_at ?? line.created_at, locale)}
                </span>
                {line.order ? (
                  <span className="portal-table__sub">
                    {isOrderStatus(line.order.status)
                      ? t(`orders.status.${line.order.status}`)
                      : line.order.status}
                  </span>
                ) : null}
              </td>
              <td>
                <span className="portal-table__main">{line.title}</span>
                {line.variant_title ? (
                  <span className="portal-table__sub">{line.variant_title}</span>
                ) : null}
              </td>
              <td className="portal-table__number">{line.quantity}</td>
              <td className="portal-table__number">
                <span className="portal-table__main">
                  {formatVnd(line.unit_price * line.quantity, locale)}
                </span>
                <span className="portal-table__sub">
                  {t("orders.each", { price: formatVnd(line.unit_price, locale) })}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
