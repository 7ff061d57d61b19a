import i18next from "i18next"
import { startTransition, StrictMode } from "react"
import { hydrateRoot } from "react-dom/client"
import { I18nextProvider, initReactI18next } from "react-i18next"
import { HydratedRouter } from "react-router/dom"
import { i18nextOptions, toLocale } from "#app/lib/i18n/i18n.ts"
import { loadCommon } from "#app/locales/load.ts"

/** The server rendered the page in `<html lang>`; hydrate with that language's texts. */
async function hydrate() {
  const locale = toLocale(document.documentElement.lang)
  const common = await loadCommon(locale)
  await i18next
    .use(initReactI18next)
    .init({ ...i18nextOptions, lng: locale, resources: { [locale]: { common } } })
  startTransition(() => {
    hydrateRoot(
      document,
      <I18nextProvider i18n={i18next}>
        <StrictMode>
          <HydratedRouter />
        </StrictMode>
      </I18nextProvider>,
    )
  })
}

hydrate().catch((error: unknown) => console.error(error))
