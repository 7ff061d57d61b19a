import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import type { DashboardTables, SalesFigure } from "@ocop/shared"
import { useState } from "react"
import { BarFigure } from "../../../components/dashboard/bar-figure"
import { DashboardSection } from "../../../components/dashboard/dashboard-section"
import { ListBody, ListPage } from "../../../components/list-page"
import { navHandle } from "../../../components/nav-label"
import { PeriodPicker, type Period } from "../../../components/period-picker"
import { useDashboard } from "../../../hooks/use-dashboard"
import { useOcopTranslation } from "../../../hooks/use-ocop-translation"

const SALES_TABLES = [
  "sales_by_province",
  "sales_by_place",
  "sales_by_group",
  "sales_by_stars",
  "top_products",
] as const

/** Sums `value` per `key` of the rows, in the order keys first appear. */
function totals<T>(rows: T[], key: (row: T) => string, value: (row: T) => number) {
  const sums = new Map<string, number>()
  for (const row of rows) sums.set(key(row), (sums.get(key(row)) ?? 0) + value(row))
  return [...sums].map(([label, total]) => ({ label, value: total }))
}

/** The programme at a glance, for officers: certificates, sales, shelves, for a period. */
const DashboardPage = () => {
  const { t, i18n } = useOcopTranslation()
  const [period, setPeriod] = useState<Period>({ from: "", to: "" })
  const dashboard = useDashboard(period)
  const tables = dashboard.data?.tables
  const locale = i18n.language === "en" ? "en" : "vi-VN"
  const number = (value: number) => value.toLocaleString(locale)
  const dong = (value: number) => `${number(value)} ₫`
  const day = (iso: string) =>
    new Date(iso).toLocaleDateString(locale, { timeZone: "Asia/Ho_Chi_Minh" })
  const salesLabel = (table: (typeof SALES_TABLES)[number], row: SalesFigure) => {
    if (table === "sales_by_group") return row.key ? t(`productGroup.${row.key}`) : "—"
    if (table === "sales_by_stars") return row.key ? `${row.key}★` : "—"
    return row.label
  }
  /** A bar per key of the rows, its height the count summed over the rows of that key. */
  const countChart = <T,>(rows: T[], key: (row: T) => string, count: (row: T) => number) => (
    <BarFigure data={totals(rows, key, count)} format={number} />
  )
  const section = <K extends keyof DashboardTables>(table: K) => ({
    table,
    period,
    rows: (tables?.[table] ?? []) as DashboardTables[K],
  })
  return (
    <div className="flex flex-col gap-y-3">
      <ListPage texts="dashboard">
        <PeriodPicker texts="dashboard" period={period} onChange={setPeriod} />
        <ListBody queries={{ dashboard }} isEmpty={false} empty={null}>
          {null}
        </ListBody>
      </ListPage>
      {tables && (
        <>
          <DashboardSection
            {...section("certified")}
            columns={["stars", "product_group", "products"]}
            rowId={(row) => `${row.stars}-${row.product_group}`}
            chart={countChart(
              tables.certified,
              (row) => `${row.stars}★`,
              (row) => row.products,
            )}
          >
            {(row) => [
              `${row.stars}★`,
              t(`productGroup.${row.product_group}`),
              number(row.products),
            ]}
          </DashboardSection>
          <DashboardSection
            {...section("certified_by_month")}
            columns={["month", "stars", "certificates"]}
            rowId={(row) => `${row.month}-${row.stars}`}
            chart={countChart(
              tables.certified_by_month,
              (row) => row.month,
              (row) => row.certificates,
            )}
          >
            {(row) => [row.month, `${row.stars}★`, number(row.certificates)]}
          </DashboardSection>
          {SALES_TABLES.map((table) => (
            <DashboardSection
              key={table}
              {...section(table)}
              columns={["label", "units", "amount"]}
              rowId={(row) => row.key}
              chart={
                <BarFigure
                  data={tables[table].map((row) => ({
                    label: salesLabel(table, row),
                    value: row.amount,
                  }))}
                  format={dong}
                />
              }
            >
              {(row) => [salesLabel(table, row), number(row.units), dong(row.amount)]}
            </DashboardSection>
          ))}
          <DashboardSection
            {...section("expiring")}
            columns={[
              "certificate_number",
              "product",
              "producer",
              "stars",
              "expires_at",
              "days_left",
            ]}
            rowId={(row) => row.certificate_number}
          >
            {(row) => [
              row.certificate_number,
              row.product,
              row.producer,
              `${row.stars}★`,
              day(row.expires_at),
              t(row.days_left <= 30 ? "dashboard.within30" : "dashboard.within90", {
                days: row.days_left,
              }),
            ]}
          </DashboardSection>
          <DashboardSection
            {...section("revoked")}
            columns={[
              "certificate_number",
              "product",
              "producer",
              "revoked_at",
              "revocation_reason",
            ]}
            rowId={(row) => row.certificate_number}
          >
            {(row) => [
              row.certificate_number,
              row.product,
              row.producer,
              day(row.revoked_at),
              row.revocation_reason ?? "—",
            ]}
          </DashboardSection>
          <DashboardSection
            {...section("low_stock")}
            columns={["place", "province", "low_items"]}
            rowId={(row) => row.place_id}
          />
          <DashboardSection
            {...section("unsold_producers")}
            columns={["producer", "province", "listed_products"]}
            rowId={(row) => row.producer_id}
          />
        </>
      )}
    </div>
  )
}

export const config = defineRouteConfig({
  label: "nav.dashboard",
  translationNs: "ocop",
  icon: ChartBar,
  rank: 0,
})

export const handle = navHandle("nav.dashboard")

export default DashboardPage
