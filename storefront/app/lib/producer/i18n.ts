import { useTranslation } from "react-i18next"
import type { Locale } from "../i18n/i18n.ts"

/**
 * The browser starts with the `common` texts only (entry.client.tsx); the portal's layout sends
 * its `producer` texts with its data, and they are added before any portal component renders.
 * On the server both languages are loaded already, so this does nothing there.
 */
export function useProducerTexts(locale: Locale, texts: Record<string, unknown>) {
  const { i18n } = useTranslation()
  if (!i18n.hasResourceBundle(locale, "producer")) {
    i18n.addResourceBundle(locale, "producer", texts, true, false)
  }
}
