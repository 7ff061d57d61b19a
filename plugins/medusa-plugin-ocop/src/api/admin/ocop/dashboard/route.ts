import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendCsv } from "../../../../lib/csv"
import { dashboardCsv } from "../../../../lib/dashboard/csv"
import { programmeDashboard } from "../../../../lib/dashboard/dashboard"
import type { AdminDashboardQueryType } from "./validators"

/** The programme dashboard for a period: every table as JSON, or one table as CSV. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminDashboardQueryType>,
  res: MedusaResponse,
) {
  const query = req.validatedQuery
  const dashboard = await programmeDashboard(req.scope, query)
  if (query.format === "csv" && query.table) {
    const { from, to } = dashboard.period
    const csv = dashboardCsv(dashboard.tables, query.table)
    return sendCsv(res, `ocop-${query.table.replaceAll("_", "-")}-${from}_${to}.csv`, csv)
  }
  res.json(dashboard)
}
