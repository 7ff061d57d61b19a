import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { DashboardResponse } from "@ocop/shared"
import { statementPeriod } from "../../modules/ocop/lib/statement-rules"
import { certificateTables } from "./certificate-figures"
import { salesTables } from "./sales-figures"

export type DashboardQuery = { from?: string; to?: string }

/** Today in Vietnam (UTC+7), as YYYY-MM-DD. */
const vietnamDay = (at: Date) => new Date(at.getTime() + 7 * 3_600_000).toISOString().slice(0, 10)

/**
 * The period a dashboard reads: the days asked for, else the twelve months to today (from the
 * same day a year ago, inclusive of today).
 */
export function dashboardDays(query: DashboardQuery, now = new Date()) {
  const to = query.to ?? vietnamDay(now)
  if (query.from) return { from: query.from, to }
  const start = new Date(`${to}T00:00:00Z`)
  start.setUTCFullYear(start.getUTCFullYear() - 1)
  start.setUTCDate(start.getUTCDate() + 1)
  return { from: start.toISOString().slice(0, 10), to }
}

/** Every table of the programme dashboard for a period, each aggregated in SQL. */
export async function programmeDashboard(
  container: MedusaContainer,
  query: DashboardQuery,
  now = new Date(),
): Promise<DashboardResponse> {
  const days = dashboardDays(query, now)
  const period = statementPeriod(days.from, days.to)
  const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const [certificates, sales] = await Promise.all([
    certificateTables(knex, period, now),
    salesTables(knex, period, now),
  ])
  return { period: days, tables: { ...certificates, ...sales } }
}
