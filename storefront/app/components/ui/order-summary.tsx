import { useTranslation } from "react-i18next"
import { formatVnd } from "#app/lib/i18n/format.ts"
import { useLocale } from "#app/lib/i18n/use-locale.ts"

export type SummaryLine = {
  id: string
  title: string
  variant_title: string | null
  quantity: number
  amount: number
}

/** What is being bought and what it costs, in whole đồng. Shipping null: not chosen yet. */
export function OrderSummary({
  lines,
  itemTotal,
  shippingTotal,
  total,
  headingId,
}: {
  lines: SummaryLine[]
  itemTotal: number
  shippingTotal: number | null
  total: number
  headingId: string
}) {
  const { t } = useTranslation()
  const locale = useLocale()
  return (
    <section className="order-summary" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("summary.title")}</h2>
      <ul className="order-summary__lines">
        {lines.map((line) => (
          <li key={line.id}>
            <span>
              {t("summary.line", { count: line.quantity, title: line.title })}
              {line.variant_title ? (
                <span className="order-summary__variant"> · {line.variant_title}</span>
              ) : null}
            </span>
            <span>{formatVnd(line.amount, locale)}</span>
          </li>
        ))}
      </ul>
      <dl className="totals">
        <dt>{t("summary.items")}</dt>
        <dd>{formatVnd(itemTotal, locale)}</dd>
        <dt>{t("summary.shipping")}</dt>
        <dd>
          {shippingTotal === null
            ? t("summary.shippingLater")
            : shippingTotal === 0
              ? t("summary.free")
              : formatVnd(shippingTotal, locale)}
        </dd>
        <dt className="totals__grand">{t("summary.total")}</dt>
        <dd className="totals__grand">{formatVnd(total, locale)}</dd>
      </dl>
    </section>
  )
}
