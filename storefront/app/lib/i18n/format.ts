import { intlLocale, type Locale } from "./i18n.ts"

const currencyFormats = new Map<Locale, Intl.NumberFormat>()
const dateFormats = new Map<Locale, Intl.DateTimeFormat>()

/** A price in Vietnamese đồng, always whole: VND has no minor unit ("125.000 ₫", "₫125,000"). */
export function formatVnd(amount: number, locale: Locale): string {
  let format = currencyFormats.get(locale)
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(locale), {
      style: "currency",
      currency: "VND",
      minimumFractionDigits: 0,
      maximumFractionDigits: 0,
    })
    currencyFormats.set(locale, format)
  }
  return format.format(Math.round(amount))
}

/** Calendar dates as Vietnam sees them ("20 tháng 11, 2026"), whatever the server's time zone. */
export function dateFormat(locale: Locale): Intl.DateTimeFormat {
  let format = dateFormats.get(locale)
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(locale), {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "Asia/Ho_Chi_Minh",
    })
    dateFormats.set(locale, format)
  }
  return format
}

/** A calendar date as Vietnam sees it, whatever the server's time zone. */
export function formatDate(isoDate: string, locale: Locale): string {
  return dateFormat(locale).format(new Date(isoDate))
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>()

/** A moment as Vietnam's clocks showed it: `short` in tables, `medium` on a receipt or card. */
export function formatDateTime(iso: string, locale: Locale, style: "short" | "medium"): string {
  const key = `${locale}:${style}`
  let format = dateTimeFormats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(locale), {
      dateStyle: style,
      timeStyle: "short",
      timeZone: "Asia/Ho_Chi_Minh",
    })
    dateTimeFormats.set(key, format)
  }
  return format.format(new Date(iso))
}
