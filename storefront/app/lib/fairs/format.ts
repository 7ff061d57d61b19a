import { dateFormat } from "../i18n/format.ts"
import type { Locale } from "../i18n/i18n.ts"

/**
 * A fair's days as Vietnam sees them, shared parts said once: "20 – 25 tháng 11, 2026",
 * "November 20 – December 2, 2026"; a one-day fair is a single date.
 */
export function formatDateRange(startsAt: string, endsAt: string, locale: Locale): string {
  const format = dateFormat(locale)
  const start = new Date(startsAt)
  const end = new Date(endsAt)
  return end.getTime() > start.getTime() ? format.formatRange(start, end) : format.format(start)
}

/** A fair with its days already written out for the page's language. */
export type DatedFair<T extends { starts_at: string; ends_at: string }> = T & { dates: string }

/**
 * Dates are written by the loader, never in the browser: Node's and the browser's ICU differ in
 * details (Node puts thin spaces around the dash), which would break hydration.
 */
export function withDates<T extends { starts_at: string; ends_at: string }>(
  fair: T,
  locale: Locale,
): DatedFair<T> {
  return { ...fair, dates: formatDateRange(fair.starts_at, fair.ends_at, locale) }
}
