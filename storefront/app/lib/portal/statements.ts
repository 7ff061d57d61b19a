import type { ConsignmentStatement } from "@ocop/shared"
import { z } from "zod"

export type {
  ConsignmentStatement as Statement,
  StatementListResponse as StatementList,
} from "@ocop/shared"

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)

/** The period asked for in `?from=&to=` (calendar days); anything else is left out. */
export function statementPeriod(url: URL): { from?: string; to?: string } {
  const read = (key: string) => {
    const parsed = day.safeParse(url.searchParams.get(key))
    return parsed.success ? parsed.data : undefined
  }
  const from = read("from")
  const to = read("to")
  return from && to && from > to ? { from } : { from, to }
}

/** The statements' totals over every place, in whole đồng. */
export function statementTotals(statements: ConsignmentStatement[]) {
  const sum = (key: "sales" | "commission" | "owed" | "paid" | "balance") =>
    statements.reduce((total, row) => total + row[key], 0)
  return {
    sales: sum("sales"),
    commission: sum("commission"),
    owed: sum("owed"),
    paid: sum("paid"),
    balance: sum("balance"),
  }
}

/** A rate in basis points as a percentage ("15 %"). */
export const percent = (bps: number) => `${(bps / 100).toLocaleString("vi-VN")} %`
