const DAY_MS = 864e5

const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
})

/** "23 Nov 2026" in the officer's time zone. */
export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return "—"
  return dateFormat.format(new Date(value))
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
