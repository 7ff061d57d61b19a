import { useTranslation } from "react-i18next"
import { localizePath, toLocale, type Locale } from "./i18n.ts"

export function useLocale(): Locale {
  const { i18n } = useTranslation()
  return toLocale(i18n.language)
}

/** Turns an unprefixed app path into the current locale's path. */
export function useLocalizePath(): (path: string) => string {
  const locale = useLocale()
  return (path) => localizePath(path, locale)
}
