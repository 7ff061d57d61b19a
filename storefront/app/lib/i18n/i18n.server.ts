import { initReactI18next } from "react-i18next"
import { data, type MiddlewareFunction, type RouterContextProvider } from "react-router"
import { createI18nextMiddleware } from "remix-i18next/middleware"
import { resources } from "#app/locales/index.ts"
import {
  defaultLocale,
  i18nextOptions,
  isValidLocaleSegment,
  localeFromPathname,
  locales,
  toLocale,
  type Locale,
} from "./i18n.ts"

/** The locale comes from the URL alone: no prefix is Vietnamese, `/en` is English. */
const [i18nextMiddleware, getLocaleString, getInstance] = createI18nextMiddleware({
  detection: {
    supportedLanguages: [...locales],
    fallbackLanguage: defaultLocale,
    order: ["custom"],
    findLocale: async (request) => localeFromPathname(new URL(request.url).pathname),
  },
  i18next: { ...i18nextOptions, resources },
  plugins: [initReactI18next],
})

export { getInstance, i18nextMiddleware }

export function getLocale(context: Readonly<RouterContextProvider>): Locale {
  return toLocale(getLocaleString(context))
}

/** `/xx/...` with an unknown language prefix is not a page. */
export const localeSegmentMiddleware: MiddlewareFunction<Response> = ({ params }) => {
  if (!isValidLocaleSegment(params.lang)) throw data(null, { status: 404 })
}
