import type { MedusaResponse } from "@medusajs/framework/http"

type Cell = string | number | null | undefined

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break. Text that a
 * spreadsheet would run as a formula (=, +, -, @ first) is prefixed with an apostrophe; numbers
 * are written as they are.
 */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return ""
  if (typeof value === "number") return String(value)
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** A CSV document: a header line, then one line per row, CRLF-separated. */
export function toCsv(header: string[], rows: Cell[][]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n"
}

/** Sends a CSV download, with a byte-order mark so spreadsheets read Vietnamese as UTF-8. */
export function sendCsv(res: MedusaResponse, filename: string, csv: string) {
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="${filename}"`)
  res.send(`\uFEFF${csv}`)
}
