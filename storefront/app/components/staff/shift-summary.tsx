import { useTranslation } from "react-i18next"
import { formatVnd } from "#app/lib/i18n/format.ts"
import type { CounterShift, CounterShiftSummary } from "#app/lib/staff/types.ts"
import { useLocale } from "#app/lib/i18n/use-locale.ts"

/**
 * What a shift's counter took, by payment method, and its drawer: opening cash, expected cash
 * (opening + cash sales − cash refunds), counted cash and the difference once counted.
 */
export function ShiftSummary({
  shift,
  summary,
}: {
  shift: Pick<CounterShift, "id" | "opening_cash">
  summary: CounterShiftSummary
}) {
  const { t } = useTranslation("staff")
  const locale = useLocale()
  const vnd = (amount: number) => formatVnd(amount, locale)
  const signed = (amount: number) => (amount > 0 ? `+${vnd(amount)}` : vnd(amount))
  // A refund is money out of the till; none is 0 ₫, never "-0 ₫".
  const out = (amount: number) => vnd(amount ? -amount : 0)
  const rows: [string, string][] = [
    [t("shift.salesCash"), vnd(summary.sales.cash)],
    [t("shift.salesTransfer"), vnd(summary.sales.bank_transfer)],
    [t("shift.refundsCash"), out(summary.refunds.cash)],
    [t("shift.refundsTransfer"), out(summary.refunds.bank_transfer)],
    [t("shift.counts", { sales: summary.sales_count, returns: summary.returns_count }), ""],
  ]
  return (
    <table className="staff-table staff-shift__table" aria-labelledby={`shift-${shift.id}-takings`}>
      <caption id={`shift-${shift.id}-takings`}>{t("shift.takings")}</caption>
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td className="staff-table__number">{value}</td>
          </tr>
        ))}
        <tr className="staff-shift__drawer">
          <th scope="row">{t("shift.openingCash")}</th>
          <td className="staff-table__number">{vnd(shift.opening_cash)}</td>
        </tr>
        <tr className="staff-shift__key">
          <th scope="row">{t("shift.expectedCash")}</th>
          <td className="staff-table__number">{vnd(summary.expected_cash)}</td>
        </tr>
        {summary.counted_cash !== null ? (
          <tr className="staff-shift__key">
            <th scope="row">{t("shift.countedCash")}</th>
            <td className="staff-table__number">{vnd(summary.counted_cash)}</td>
          </tr>
        ) : null}
        {summary.difference !== null ? (
          <tr
            className={
              summary.difference === 0 ? "staff-shift__key" : "staff-shift__key staff-shift__off"
            }
          >
            <th scope="row">
              {t(
                summary.difference === 0
                  ? "shift.balanced"
                  : summary.difference < 0
                    ? "shift.short"
                    : "shift.over",
              )}
            </th>
            <td className="staff-table__number">{signed(summary.difference)}</td>
          </tr>
        ) : null}
      </tbody>
    </table>
  )
}

/** "Nguyễn Văn A" or their email; a dash when nobody. */
export function personName(person: CounterShift["opened_by"]): string {
  return person ? (person.name ?? person.email ?? person.id) : "—"
}
