import { useTranslation } from "react-i18next"
import type { Locale } from "../i18n/i18n.ts"
import type { Portal } from "./portals.ts"

/**
 * The browser starts with the `common` texts only (entry.client.tsx); a portal's layout sends
 * its own namespace with its data, and it is added before any of the portal's components render.
 */
export function usePortalTexts(ns: Portal["ns"], locale: Locale, texts: Record<string, unknown>) {
  const { i18n } = useTranslation()
  if (!i18n.hasResourceBundle(locale, ns)) i18n.addResourceBundle(locale, ns, texts, true, false)
}
