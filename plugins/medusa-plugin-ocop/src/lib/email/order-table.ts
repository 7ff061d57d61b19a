import type { Locale } from "@ocop/shared"
import { formatVnd, type EmailTable } from "./message"

/** An order line as the order emails carry it: prices in whole đồng. */
export type EmailOrderLine = {
  title: string
  variant_title?: string | null
  quantity: number
  unit_price: number
  total: number
}

const heads = {
  vi: ["Sản phẩm", "Số lượng", "Đơn giá", "Thành tiền"],
  en: ["Product", "Quantity", "Unit price", "Line total"],
}

/** The notification data's lines, with only what a reader may see of each. */
export function emailOrderLines(value: unknown): EmailOrderLine[] {
  if (!Array.isArray(value)) return []
  return value.map((line: Record<string, unknown>) => ({
    title: String(line.title ?? ""),
    variant_title: line.variant_title ? String(line.variant_title) : null,
    quantity: Number(line.quantity) || 0,
    unit_price: Number(line.unit_price) || 0,
    total: Number(line.total) || 0,
  }))
}

/** The lines as a table: product (and variant), quantity, unit price, line total; then totals. */
export function linesTable(
  lines: EmailOrderLine[],
  totals: [label: string, amount: number][],
  locale: Locale,
): EmailTable {
  return {
    table: {
      head: heads[locale],
      rows: lines.map((line) => [
        line.variant_title ? `${line.title} (${line.variant_title})` : line.title,
        String(line.quantity),
        formatVnd(line.unit_price, locale),
        formatVnd(line.total, locale),
      ]),
      foot: totals.map(([label, amount]) => [label, "", "", formatVnd(amount, locale)]),
    },
  }
}
