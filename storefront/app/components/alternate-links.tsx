import { useLocation } from "react-router"
import { defaultLocale, locales, switchLocalePath } from "#app/lib/i18n/i18n.ts"

/** hreflang links to this page in every language; Vietnamese is the default. */
export function AlternateLinks({ origin }: { origin: string }) {
  const { pathname, search } = useLocation()
  const href = (locale: (typeof locales)[number]) =>
    origin + switchLocalePath(pathname, locale) + search
  return (
    <>
      {locales.map((locale) => (
        <link key={locale} rel="alternate" hrefLang={locale} href={href(locale)} />
      ))}
      <link rel="alternate" hrefLang="x-default" href={href(defaultLocale)} />
    </>
  )
}
