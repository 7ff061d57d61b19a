import type { RouterContextProvider } from "react-router"
import { getInstance } from "./i18n.server.ts"

/** The staff portal's texts for a loader or action, in the page's language. */
export function staffT(context: Readonly<RouterContextProvider>) {
  return getInstance(context).getFixedT(null, "staff")
}

/** A staff page's title, translated by its loader ("Hàng trên kệ · OCOP Việt Nam"). */
export function staffSeo(context: Readonly<RouterContextProvider>, pageTitle: string) {
  return { title: getInstance(context).t("meta.title", { title: pageTitle }) }
}
