import { useTranslation } from "react-i18next"
import type { Locale } from "../i18n/i18n.ts"

/**
 * The browser starts with the `common` texts only (entry.client.tsx); the staff layout sends
 * its `staff` texts with its data, and they are added before any staff component renders.
 */
export function useStaffTexts(locale: Locale, texts: Record<string, unknown>) {
  const { i18n } = useTranslation()
  if (!i18n.hasResourceBundle(locale, "staff")) {
    i18n.addResourceBundle(locale, "staff", texts, true, false)
  }
}
