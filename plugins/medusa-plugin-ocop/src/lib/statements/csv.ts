import { toCsv } from "../csv"
import type { Statement } from "./statements"

const COLUMNS = [
  "place",
  "province",
  "producer",
  "opening",
  "received",
  "sold_counter",
  "sold_online",
  "returned",
  "adjusted",
  "on_shelf",
  "sales_counter",
  "sales_online",
  "sales",
  "commission_bps",
  "commission",
  "owed",
  "paid",
  "balance",
] as const

/** The statements as a spreadsheet: one line per producer × place, amounts in whole đồng. */
export function statementsCsv(statements: Statement[]): string {
  return toCsv(
    [...COLUMNS],
    statements.map((statement) =>
      COLUMNS.map((column) => {
        if (column === "place") return statement.place.name
        if (column === "province") return statement.place.province
        if (column === "producer") return statement.producer.name
        return statement[column]
      }),
    ),
  )
}
