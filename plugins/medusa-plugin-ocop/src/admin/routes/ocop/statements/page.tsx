import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ReceiptPercent } from "@medusajs/icons"
import { Button, Table } from "@medusajs/ui"
import type { ConsignmentStatement as Statement } from "@ocop/shared"
import { useState } from "react"
import { CellLines } from "../../../components/data-table"
import { DataTable } from "../../../components/data-table"
import { EmptyState } from "../../../components/empty-state"
import { ListBody, ListPage } from "../../../components/list-page"
import { navHandle } from "../../../components/nav-label"
import { PeriodPicker } from "../../../components/period-picker"
import { RecordPaymentDrawer } from "../../../components/record-payment-drawer"
import { useOcopTranslation } from "../../../hooks/use-ocop-translation"
import {
  statementsCsvHref,
  useStatements,
  type StatementPeriod,
} from "../../../hooks/use-statements"

const COLUMNS = [
  "place",
  "producer",
  "received",
  "sold",
  "onShelf",
  "sales",
  "commission",
  "owed",
  "paid",
  "balance",
]

/** Consignment statements of every place: what each owes each producer, and payments. */
const StatementsPage = () => {
  const { t, i18n } = useOcopTranslation()
  const [period, setPeriod] = useState<StatementPeriod>({ from: "", to: "" })
  const [paying, setPaying] = useState<Statement | null>(null)
  const statements = useStatements(period)
  const rows = statements.data?.statements ?? []
  const number = (value: number) => value.toLocaleString(i18n.language === "en" ? "en" : "vi-VN")
  return (
    <ListPage
      texts="statements"
      action={
        <Button size="small" variant="secondary" asChild>
          <a href={statementsCsvHref(period)} download>
            {t("statements.csv")}
          </a>
        </Button>
      }
    >
      <PeriodPicker texts="statements" period={period} onChange={setPeriod} />
      <ListBody
        queries={{ statements }}
        isEmpty={rows.length === 0}
        empty={<EmptyState title={t("statements.none")} description={t("statements.noneText")} />}
      >
        <DataTable
          texts="statements"
          columns={COLUMNS}
          actions
          rows={rows.map((row) => ({ ...row, id: `${row.place.id}-${row.producer.id}` }))}
        >
          {(row) => (
            <>
              <Table.Cell>
                <CellLines detail={row.place.province}>{row.place.name}</CellLines>
              </Table.Cell>
              <Table.Cell>{row.producer.name}</Table.Cell>
              <Table.Cell>{number(row.received)}</Table.Cell>
              <Table.Cell>
                <CellLines
                  detail={t("statements.byChannel", {
                    counter: row.sold_counter,
                    online: row.sold_online,
                  })}
                >
                  {number(row.sold_counter + row.sold_online)}
                </CellLines>
              </Table.Cell>
              <Table.Cell>{number(row.on_shelf)}</Table.Cell>
              <Table.Cell>{number(row.sales)}</Table.Cell>
              <Table.Cell>
                <CellLines detail={`${row.commission_bps / 100} %`}>
                  {number(row.commission)}
                </CellLines>
              </Table.Cell>
              <Table.Cell>{number(row.owed)}</Table.Cell>
              <Table.Cell>{number(row.paid)}</Table.Cell>
              <Table.Cell>
                <CellLines strong>{number(row.balance)}</CellLines>
              </Table.Cell>
              <Table.Cell>
                <Button size="small" variant="secondary" onClick={() => setPaying(row)}>
                  {t("statements.recordPayment")}
                </Button>
              </Table.Cell>
            </>
          )}
        </DataTable>
      </ListBody>
      <RecordPaymentDrawer statement={paying} onClose={() => setPaying(null)} />
    </ListPage>
  )
}

export const config = defineRouteConfig({
  label: "nav.statements",
  translationNs: "ocop",
  icon: ReceiptPercent,
  rank: 7,
})

export const handle = navHandle("nav.statements")

export default StatementsPage
