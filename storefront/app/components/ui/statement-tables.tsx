import { useTranslation } from "react-i18next"
import { Form } from "react-router"
import { PrintButton } from "#app/components/fairs/print-button.tsx"
import { DataTable, numberColumn } from "#app/components/ui/data-table.tsx"
import { EmptyState } from "#app/components/ui/empty-state.tsx"
import { formatVnd } from "#app/lib/i18n/format.ts"
import { percent, statementTotals, type Statement } from "#app/lib/portal/statements.ts"
import { useLocale } from "#app/lib/i18n/use-locale.ts"

type Props = {
  statements: Statement[]
  /** What each row is: a place (the producer's view) or a producer (a place's view). */
  by: "place" | "producer"
  variant: "portal" | "staff"
  period: { from?: string; to?: string }
  /** The CSV download of the same period (a resource route of the portal). */
  csvPath: string
}

const cell = (variant: Props["variant"]) => `${variant}-table__number`

/**
 * A period's consignment statements, printable: the period form (a GET form that works without
 * JavaScript), the CSV download and print buttons, then the units table and the money table.
 */
export function StatementTables({ statements, by, variant, period, csvPath }: Props) {
  const { t } = useTranslation()
  const query = new URLSearchParams(
    Object.entries(period).filter((entry): entry is [string, string] => Boolean(entry[1])),
  )
  const name = (row: Statement) => (by === "place" ? row.place.name : row.producer.name)
  const key = (row: Statement) => `${row.place.id}-${row.producer.id}`
  const number = cell(variant)
  return (
    <>
      <Form method="get" className="statement-period" aria-label={t("statements.period")}>
        <label>
          {t("statements.from")}
          <input type="date" name="from" defaultValue={period.from ?? ""} />
        </label>
        <label>
          {t("statements.to")}
          <input type="date" name="to" defaultValue={period.to ?? ""} />
        </label>
        <button type="submit" className="button">
          {t("statements.show")}
        </button>
        <a className="button" href={`${csvPath}${query.size ? `?${query}` : ""}`} download>
          {t("statements.csv")}
        </a>
        <PrintButton label={t("statements.print")} />
      </Form>
      {statements.length ? (
        <>
          <DataTable
            variant={variant}
            caption={t("statements.caption")}
            captionShown
            wrap={false}
            columns={[
              t(`statements.${by}`),
              numberColumn(t("statements.received")),
              numberColumn(t("statements.soldCounter")),
              numberColumn(t("statements.soldOnline")),
              numberColumn(t("statements.returned")),
              numberColumn(t("statements.adjusted")),
              numberColumn(t("statements.onShelf")),
            ]}
          >
            {statements.map((row) => (
              <tr key={key(row)}>
                <th scope="row">{name(row)}</th>
                <td className={number}>{row.received}</td>
                <td className={number}>{row.sold_counter}</td>
                <td className={number}>{row.sold_online}</td>
                <td className={number}>{row.returned}</td>
                <td className={number}>{row.adjusted}</td>
                <td className={number}>{row.on_shelf}</td>
              </tr>
            ))}
          </DataTable>
          <MoneyTable {...{ statements, variant, name, rowKey: key, by }} />
        </>
      ) : (
        <EmptyState title={t("statements.empty")} description={t("statements.emptyText")} />
      )}
    </>
  )
}

function MoneyTable({
  statements,
  variant,
  name,
  rowKey,
  by,
}: Pick<Props, "statements" | "variant" | "by"> & {
  name: (row: Statement) => string
  rowKey: (row: Statement) => string
}) {
  const { t } = useTranslation()
  const locale = useLocale()
  const vnd = (amount: number) => formatVnd(amount, locale)
  const totals = statementTotals(statements)
  const number = cell(variant)
  return (
    <DataTable
      variant={variant}
      caption={t("statements.moneyCaption")}
      captionShown
      wrap={false}
      columns={[
        t(`statements.${by}`),
        numberColumn(t("statements.sales")),
        numberColumn(t("statements.rate")),
        numberColumn(t("statements.commission")),
        numberColumn(t("statements.owed")),
        numberColumn(t("statements.paid")),
        numberColumn(t("statements.balance")),
      ]}
      foot={
        <tr>
          <th scope="row">{t("statements.total")}</th>
          <td className={number}>{vnd(totals.sales)}</td>
          <td />
          <td className={number}>{vnd(totals.commission)}</td>
          <td className={number}>{vnd(totals.owed)}</td>
          <td className={number}>{vnd(totals.paid)}</td>
          <td className={number}>{vnd(totals.balance)}</td>
        </tr>
      }
    >
      {statements.map((row) => (
        <tr key={rowKey(row)}>
          <th scope="row">{name(row)}</th>
          <td className={number}>{vnd(row.sales)}</td>
          <td className={number}>{percent(row.commission_bps)}</td>
          <td className={number}>{vnd(row.commission)}</td>
          <td className={number}>{vnd(row.owed)}</td>
          <td className={number}>{vnd(row.paid)}</td>
          <td className={number}>{vnd(row.balance)}</td>
        </tr>
      ))}
    </DataTable>
  )
}
