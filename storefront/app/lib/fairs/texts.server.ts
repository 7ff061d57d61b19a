import enFairs from "#app/locales/en/fairs.json"
import viFairs from "#app/locales/vi/fairs.json"
import type { Locale } from "../i18n/i18n.ts"

export type FairTexts = typeof viFairs

/** The fair pages' texts in one language, sent once to the browser by their layout. */
export function fairTexts(locale: Locale): FairTexts {
  return locale === "en" ? enFairs : viFairs
}
