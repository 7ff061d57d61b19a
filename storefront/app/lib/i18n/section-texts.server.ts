import type { RouterContextProvider } from "react-router"
import { resources } from "#app/locales/index.ts"
import { getLocale } from "./i18n.server.ts"
import type { SectionNamespace } from "./section-texts.ts"

/** A section layout's loader: the page's language and the section's texts in it, sent once. */
export function sectionTexts(ns: SectionNamespace, context: Readonly<RouterContextProvider>) {
  const locale = getLocale(context)
  return { locale, texts: resources[locale][ns] }
}
