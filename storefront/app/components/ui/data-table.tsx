import type { ReactNode } from "react"

/** A column's header; a number column is right-aligned, an input column holds a field per row. */
export type Column = string | { label: string; kind: "number" | "input" }

/** A right-aligned column of numbers (units, amounts). */
export const numberColumn = (label: string): Column => ({ label, kind: "number" })

/** A column with a field on each row (units to sell, count, return). */
export const inputColumn = (label: string): Column => ({ label, kind: "input" })

/**
 * A portal's table of rows: its caption (for screen readers only, unless `captionShown`), one
 * header per column with its scope, number columns right-aligned; the rows are the caller's,
 * each with its own `<th scope="row">`. Wrapped so that it scrolls sideways on a phone rather
 * than the page. `variant` picks the styles: the staff portal's or the producer portal's.
 */
export function DataTable({
  variant = "staff",
  caption,
  captionShown = false,
  columns,
  className,
  foot,
  wrap = true,
  children,
}: {
  variant?: "staff" | "portal"
  caption?: string
  captionShown?: boolean
  columns: Column[]
  className?: string
  /** The totals row(s), in `<tfoot>`. */
  foot?: ReactNode
  /** False where the table sits in a printable page that must not scroll. */
  wrap?: boolean
  children: ReactNode
}) {
  const base = `${variant}-table`
  const table = (
    <table className={className ? `${base} ${className}` : base}>
      {caption ? (
        <caption className={captionShown ? undefined : "visually-hidden"}>{caption}</caption>
      ) : null}
      <thead>
        <tr>
          {columns.map((column) =>
            typeof column === "string" ? (
              <th key={column} scope="col">
                {column}
              </th>
            ) : (
              <th key={column.label} scope="col" className={`${base}__${column.kind}`}>
                {column.label}
              </th>
            ),
          )}
        </tr>
      </thead>
      <tbody>{children}</tbody>
      {foot ? <tfoot>{foot}</tfoot> : null}
    </table>
  )
  return wrap ? <div className={`${base}-wrap`}>{table}</div> : table
}

/** A total under a staff table's lines: its label across the first columns, the amount last. */
export function TotalRow({
  label,
  span,
  children,
}: {
  label: ReactNode
  span: number
  children: ReactNode
}) {
  return (
    <tr>
      <th scope="row" colSpan={span}>
        {label}
      </th>
      <td className="staff-table__number">{children}</td>
    </tr>
  )
}
