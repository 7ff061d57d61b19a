import type { RouterContextProvider } from "react-router"
import { getInstance } from "./i18n.server.ts"

/** The portal's texts for a loader or action, in the page's language. */
export function producerT(context: Readonly<RouterContextProvider>) {
  return getInstance(context).getFixedT(null, "producer")
}

/** A portal page's title, translated by its loader ("Tổng quan · OCOP Việt Nam"). */
export function portalSeo(context: Readonly<RouterContextProvider>, pageTitle: string) {
  return { title: getInstance(context).t("meta.title", { title: pageTitle }) }
}
