import { Outlet } from "react-router"
import type { Locale } from "#app/lib/i18n/i18n.ts"
import { useSectionTexts, type SectionNamespace } from "#app/lib/i18n/section-texts.ts"

/** Every page of a section (a portal, the fairs): its texts added, inside its wrapper if any. */
export function SectionLayout({
  ns,
  locale,
  texts,
  className,
}: {
  ns: SectionNamespace
  locale: Locale
  texts: Record<string, unknown>
  className?: string
}) {
  useSectionTexts(ns, locale, texts)
  return className ? (
    <div className={className}>
      <Outlet />
    </div>
  ) : (
    <Outlet />
  )
}
