import { toCsv } from "../csv"
import { UNIT_COLUMNS } from "./figures"
import type { ConsignmentStatement } from "@ocop/shared"

const COLUMNS = [
  "place",
  "province",
  "producer",
  ...UNIT_COLUMNS,
  "sales",
  "commission_bps",
  "commission",
  "owed",
  "paid",
  "balance",
] as const

/** The statements as a spreadsheet: one line per producer × place, amounts in whole đồng. */
export function statementsCsv(statements: ConsignmentStatement[]): string {
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
