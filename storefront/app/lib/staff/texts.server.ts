import enStaff from "#app/locales/en/staff.json"
import viStaff from "#app/locales/vi/staff.json"
import type { Locale } from "../i18n/i18n.ts"

export type StaffTexts = typeof viStaff

/** The portal's texts in one language, sent once to the browser by the portal's layout. */
export function staffTexts(locale: Locale): StaffTexts {
  return locale === "en" ? enStaff : viStaff
}
