import enOrganizer from "#app/locales/en/organizer.json"
import viOrganizer from "#app/locales/vi/organizer.json"
import type { Locale } from "../i18n/i18n.ts"

/** The portal's texts in one language, sent once to the browser by the portal's layout. */
export function organizerTexts(locale: Locale): typeof viOrganizer {
  return locale === "en" ? enOrganizer : viOrganizer
}
