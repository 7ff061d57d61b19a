import { useTranslation } from "react-i18next"
import type { Locale } from "../i18n/i18n.ts"

/**
 * The browser starts with the `common` texts only (entry.client.tsx); the fairs layout sends
 * its `fairs` texts with its data, and they are added before any fair page renders.
 */
export function useFairTexts(locale: Locale, texts: Record<string, unknown>) {
  const { i18n } = useTranslation()
  if (!i18n.hasResourceBundle(locale, "fairs")) {
    i18n.addResourceBundle(locale, "fairs", texts, true, false)
  }
}
