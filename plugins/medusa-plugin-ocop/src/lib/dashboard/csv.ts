import type { DashboardTable, DashboardTables } from "@ocop/shared"
import { toCsv } from "../csv"

const SALES = ["key", "label", "units", "amount"]

/** Each table's columns, in the order its CSV shows them (the JSON fields' names). */
const COLUMNS: Record<DashboardTable, string[]> = {
  certified: ["stars", "product_group", "products"],
  certified_by_month: ["month", "stars", "certificates"],
  expiring: ["certificate_number", "product", "producer", "stars", "expires_at", "days_left"],
  revoked: [
    "certificate_number",
    "product",
    "producer",
    "stars",
    "revoked_at",
    "revocation_reason",
  ],
  sales_by_province: SALES,
  sales_by_place: SALES,
  sales_by_group: SALES,
  sales_by_stars: SALES,
  top_products: SALES,
  low_stock: ["place", "province", "low_items"],
  unsold_producers: ["producer", "province", "listed_products"],
}

/** One dashboard table as a spreadsheet: amounts in whole đồng, instants in ISO 8601. */
export function dashboardCsv(tables: DashboardTables, table: DashboardTable): string {
  const rows = tables[table] as unknown as Record<string, string | number | null>[]
  const columns = COLUMNS[table]
  return toCsv(
    columns,
    rows.map((row) => columns.map((column) => row[column] ?? null)),
  )
}
