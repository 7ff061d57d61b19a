import type { InitOptions } from "i18next"
import { LOCALES, type Locale } from "@ocop/shared"

export const locales = LOCALES
export type { Locale }

/** Vietnamese pages live at the root; other languages under a `/<locale>` prefix. */
export const defaultLocale: Locale = "vi"

export const i18nextOptions = {
  defaultNS: "common",
  ns: ["common"],
  fallbackLng: defaultLocale,
  supportedLngs: [...locales],
  interpolation: { escapeValue: false },
} satisfies InitOptions

export function toLocale(value: string | null | undefined): Locale {
  return locales.find((locale) => locale === value) ?? defaultLocale
}

/** The BCP 47 tag `Intl` formats a locale with. */
export function intlLocale(locale: Locale): string {
  return locale === "vi" ? "vi-VN" : "en-US"
}

/** The locale a URL path is in: the first segment when it is a prefixed locale, else Vietnamese. */
export function localeFromPathname(pathname: string): Locale {
  const prefix = pathname.split("/")[1]
  return locales.find((locale) => locale !== defaultLocale && locale === prefix) ?? defaultLocale
}

/** Whether the optional `:lang` route segment is acceptable: absent, or a prefixed locale. */
export function isValidLocaleSegment(segment: string | undefined): boolean {
  return segment === undefined || locales.some((l) => l !== defaultLocale && l === segment)
}

/** Prefix an unprefixed app path (starting with "/") for `locale`. */
export function localizePath(path: string, locale: Locale): string {
  if (locale === defaultLocale) return path
  return path === "/" ? `/${locale}` : `/${locale}${path}`
}

/** The same page in another locale. */
export function switchLocalePath(pathname: string, locale: Locale): string {
  const current = localeFromPathname(pathname)
  const unprefixed =
    current === defaultLocale ? pathname : pathname.slice(current.length + 1) || "/"
  return localizePath(unprefixed, locale)
}
