import { useTranslation } from "react-i18next"
import type { ShouldRevalidateFunctionArgs } from "react-router"
import type { Locale } from "./i18n.ts"

/** The texts a section of the site (a portal, the fairs) sends with its layout. */
export type SectionNamespace = "fairs" | "producer" | "staff"

/**
 * The browser starts with the `common` texts only (entry.client.tsx); a section's layout sends
 * its namespace's texts with its data, and they are added before any of its pages renders. On
 * the server both languages are loaded already, so this does nothing there.
 */
export function useSectionTexts(
  ns: SectionNamespace,
  locale: Locale,
  texts: Record<string, unknown>,
) {
  const { i18n } = useTranslation()
  if (!i18n.hasResourceBundle(locale, ns)) {
    i18n.addResourceBundle(locale, ns, texts, true, false)
  }
}

/** A section layout's `shouldRevalidate`: its texts do not change while the language stays. */
export function sameLanguage({ currentParams, nextParams }: ShouldRevalidateFunctionArgs) {
  return currentParams.lang !== nextParams.lang
}
