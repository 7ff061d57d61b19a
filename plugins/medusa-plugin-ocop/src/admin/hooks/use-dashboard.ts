import type { DashboardResponse, DashboardTable } from "@ocop/shared"
import type { Period } from "../components/period-picker"
import { ocopKeys } from "../lib/query-keys"
import { useAdminRead } from "./use-admin-api"
import { periodQuery } from "./use-statements"

/** The programme dashboard for a period (calendar days; left empty: the last twelve months). */
export const useDashboard = (period: Period) =>
  useAdminRead<DashboardResponse>([...ocopKeys.all, "dashboard", period], "/admin/ocop/dashboard", {
    query: periodQuery(period),
  })

/** One table of the dashboard as a CSV download (the admin session's cookie signs it). */
export const dashboardCsvHref = (period: Period, table: DashboardTable) =>
  `/admin/ocop/dashboard?${new URLSearchParams({ ...periodQuery(period), format: "csv", table })}`
