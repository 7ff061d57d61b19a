const DAY_MS = 864e5

const formats = new Map<string, Intl.DateTimeFormat>()

/**
 * "23 Nov 2026" / "23 thg 11, 2026": a date in the officer's time zone and language (English is
 * written the British way, day first, as the programme's documents are).
 */
export function formatDate(value: string | Date | null | undefined, language = "en"): string {
  if (!value) return "—"
  const locale = language.startsWith("en") ? "en-GB" : language
  let format = formats.get(locale)
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", year: "numeric" })
    formats.set(locale, format)
  }
  return format.format(new Date(value))
}

/** Whole days from now until the given instant; negative once it has passed. */
export function daysUntil(value: string | Date, now = new Date()): number {
  return Math.ceil((new Date(value).getTime() - now.getTime()) / DAY_MS)
}

/** Local midnight of today, the latest day a certificate can have been issued on. */
export function today(): Date {
  const now = new Date()
  return new Date(now.getFullYear(), now.getMonth(), now.getDate())
}
