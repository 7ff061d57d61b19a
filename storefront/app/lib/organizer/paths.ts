import { localizePath, type Locale } from "../i18n/i18n.ts"

/** The organiser portal's pages, unprefixed; `organizerPath` adds the locale. */
export const organizerPaths = {
  home: "/organizer",
  login: "/organizer/login",
  claim: "/organizer/claim",
  logout: "/organizer/logout",
} as const

/** Messages shown once, on the page a successful action redirects to. */
export const organizerNotices = [
  "claimed",
  "fairCreated",
  "fairSaved",
  "boothAdded",
  "entriesAdded",
  "stockMoved",
  "sold",
  "applicationAccepted",
  "applicationDeclined",
] as const
export type OrganizerNotice = (typeof organizerNotices)[number]

export function organizerPath(path: string, locale: Locale): string {
  return localizePath(path, locale)
}

export function fairPath(fairId: string, locale: Locale): string {
  return localizePath(`/organizer/fairs/${encodeURIComponent(fairId)}`, locale)
}
