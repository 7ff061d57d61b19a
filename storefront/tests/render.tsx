import { render } from "@testing-library/react"
import { createInstance } from "i18next"
import type { ReactElement } from "react"
import { I18nextProvider, initReactI18next } from "react-i18next"
import { createMemoryRouter, RouterProvider } from "react-router"
import { i18nextOptions, type Locale } from "#app/lib/i18n/i18n.ts"
import { resources } from "#app/locales/index.ts"

/** Renders `ui` as a page in `locale` would: inside a router, with that language's texts. */
export async function renderInLocale(ui: ReactElement, locale: Locale) {
  const i18n = createInstance()
  await i18n.use(initReactI18next).init({ ...i18nextOptions, lng: locale, resources })
  const router = createMemoryRouter([{ path: "*", element: ui }])
  return render(
    <I18nextProvider i18n={i18n}>
      <RouterProvider router={router} />
    </I18nextProvider>,
  )
}
