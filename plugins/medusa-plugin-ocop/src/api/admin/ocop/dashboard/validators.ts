import { z } from "@medusajs/framework/zod"
import { DASHBOARD_TABLES } from "@ocop/shared"
import { day } from "../statements/validators"

/** The longest period a dashboard reads at once: three years of days. */
export const MAX_DASHBOARD_DAYS = 3 * 366

const daysBetween = (from: string, to: string) =>
  (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000

/**
 * A dashboard period (Vietnamese calendar days, both inclusive; the last twelve months when
 * left out), as JSON, or one table as CSV (`format=csv&table=`).
 */
export const AdminDashboardQuery = z
  .object({
    from: day.optional(),
    to: day.optional(),
    format: z.enum(["json", "csv"]).default("json"),
    table: z.enum(DASHBOARD_TABLES).optional(),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    error: "Field 'from' must not be after 'to'",
    path: ["from"],
  })
  .refine(
    (query) => !query.from || !query.to || daysBetween(query.from, query.to) < MAX_DASHBOARD_DAYS,
    { error: "A dashboard period is at most three years", path: ["to"] },
  )
  .refine((query) => query.format !== "csv" || query.table !== undefined, {
    error: "Field 'table' names the table to export as CSV",
    path: ["table"],
  })
export type AdminDashboardQueryType = z.infer<typeof AdminDashboardQuery>
