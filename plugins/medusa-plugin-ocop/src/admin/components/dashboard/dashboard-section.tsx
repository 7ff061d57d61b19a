import { Button, Container, Heading, Table, Text } from "@medusajs/ui"
import type { DashboardTable } from "@ocop/shared"
import type { ReactNode } from "react"
import { useOcopTranslation } from "../../hooks/use-ocop-translation"
import { dashboardCsvHref } from "../../hooks/use-dashboard"
import { DataTable } from "../data-table"
import type { Period } from "../period-picker"

type DashboardSectionProps<T> = {
  /** The table shown; its texts are `dashboard.tables.<table>` (title, tableLabel, columns, none). */
  table: DashboardTable
  period: Period
  rows: T[]
  columns: string[]
  /** A row's stable id. */
  rowId: (row: T) => string
  /** The chart of the same rows, shown beside the table (the table is its text alternative). */
  chart?: ReactNode
  /** What a row's cells show, in the columns' order; by default each column's field, numbers
   * in the officer's locale. */
  children?: (row: T) => ReactNode[]
}

/** One figure of the dashboard: its title, its CSV link, its chart and its data table. */
export const DashboardSection = <T,>(props: DashboardSectionProps<T>) => {
  const { table, rows, chart } = props
  const { t, i18n } = useOcopTranslation()
  const cells =
    props.children ??
    ((row: T) =>
      props.columns.map((column) => {
        const value = (row as Record<string, unknown>)[column]
        return typeof value === "number"
          ? value.toLocaleString(i18n.language === "en" ? "en" : "vi-VN")
          : String(value ?? "—")
      }))
  const texts = `dashboard.tables.${table}`
  const headingId = `dashboard-${table}`
  return (
    <Container className="flex flex-col gap-y-4 p-6" aria-labelledby={headingId} role="region">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <Heading level="h2" id={headingId}>
          {t(`${texts}.title`)}
        </Heading>
        <Button size="small" variant="secondary" asChild>
          <a href={dashboardCsvHref(props.period, table)} download>
            {t("dashboard.csv", { table: t(`${texts}.title`) })}
          </a>
        </Button>
      </div>
      {rows.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle">
          {t(`${texts}.none`)}
        </Text>
      ) : (
        <div className={chart ? "grid gap-6 xl:grid-cols-2" : undefined}>
          {chart && (
            <figure aria-label={t(`${texts}.chartLabel`)} className="min-h-[240px]">
              {chart}
            </figure>
          )}
          <DataTable
            texts={texts}
            columns={props.columns}
            rows={rows.map((row) => ({ row, id: props.rowId(row) }))}
          >
            {({ row }) =>
              cells(row).map((cell, index) => <Table.Cell key={index}>{cell}</Table.Cell>)
            }
          </DataTable>
        </div>
      )}
    </Container>
  )
}
